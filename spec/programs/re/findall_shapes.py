# re: findall returns strings without groups, the group with one, tuples with several.
import re

text = 'k1=v1; k2=v2; bad; k3='
print(re.findall(r'\w+=\w*', text))
print(re.findall(r'(\w+)=\w*', text))
print(re.findall(r'(\w+)=(\w*)', text))
print(re.findall(r'(\w+)=(\d)?', text))
print(re.findall(r'a*', 'baac'))
print(re.findall(r'(?=(\w\w))', 'abcd'))
