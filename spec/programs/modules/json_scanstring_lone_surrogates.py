# json's scanstring (the C one and the Python one) keeps lone surrogates apart: an escaped high
# surrogate next to a literal low one stays two code points, an escaped pair becomes one.
import json
import json.decoder as d

cases = ['"z\\ud834\\u0079x"', '"z\\ud834\\udd20x"', '"z\\ud834\\ud834\\udd20x"', '"z\\ud834x"',
         '"z\\ud834\udd20x12345"', '"z\\udd20x"', '"z\ud834\udd20x"', '"z\ud834\\udd20x"', '"z\ud834x"']
for given in cases:
    for scan in (d.scanstring, d.py_scanstring):
        value, end = scan(given, 1, True)
        print(ascii(given), ascii(value), len(value), end)
print(ascii(json.loads('["\\ud834\udd20", {"k\\ud834\udd20": 1}]')))
