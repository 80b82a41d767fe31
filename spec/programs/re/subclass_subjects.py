# Subjects that are str/bytes subclasses overriding __getitem__: split, findall, sub and group()
# give plain str/bytes slices (CPython slices the text itself); scoped (?u:)/(?a:) type flags.
import re
class S(str):
    def __getitem__(self, index):
        return S(super().__getitem__(index))
class B(bytes):
    def __getitem__(self, index):
        return B(super().__getitem__(index))
for string in ":a:b::c", S(":a:b::c"):
    print([type(x).__name__ for x in re.split("(:+)", string)], [type(x).__name__ for x in re.findall(":(.)", string)])
    print(type(re.sub(':', '-', string)).__name__, type(re.match('(:)a', string).group(1)).__name__, type(re.match(':a', string).string).__name__)
    print(type(re.sub('(:)', r'\1\1', string)).__name__, re.sub('(:)', lambda m: type(m.string).__name__, string))
for string in b":a:b::c", B(b":a:b::c"):
    print([type(x).__name__ for x in re.split(b"(:+)", string)], [type(x).__name__ for x in re.findall(b":(.)", string)])
print(re.match(r'(?a:\W(?u:\w)\W)', '\xe0\xe0\xe0'), re.match(r'\W(?u:\w)\W', '\xe0\xe0\xe0', re.ASCII), re.match(r'\w(?a:\W)\w', '\xe0\xe0\xe0'))
