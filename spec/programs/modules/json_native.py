# json through the native _json (scanner, encoder, string codecs): values, hooks, errors with
# their positions (also after astral characters), and the encoder's options, as CPython's C
# accelerator gives them
import json
import json.decoder
import json.scanner
import json.encoder
from collections import OrderedDict

print(type(json.decoder.JSONDecoder().scan_once).__name__, type(json.scanner.make_scanner).__name__)
doc = '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\ud83d\\ude00\\n"], "b": {"c": {}}, "d": [], "e": 12345678901234567890123}'
v = json.loads(doc)
print(v, type(v['e']).__name__)
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads('{"x": 1.5, "y": [2, 3]}', parse_float=lambda s: 'F' + s, parse_int=lambda s: int(s) * 10, object_hook=lambda d: sorted(d.items())))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('[NaN]', parse_constant=lambda c: 'const:' + c))
print(json.loads('"\\ud834\\udd1e"'), len(json.loads('"\\ud834\\udd1e"')), json.loads('"\\ud834x"') == '\ud834x')
print(json.loads('  [1 , 2 ]  '), json.loads('"\u00e9\U0001f600 ok"'), json.loads('0'), json.loads('-0'), json.loads('1E2'))
for bad in ['', '[', '[1,]', '{"a" 1}', '{"a": 1,}', '{1: 2}', '[1 2]', '"abc', '"\\x"', '"\\u12"', '"a\nb"',
            '\U0001f600 [', '["\U0001f600", x]', '{"\U0001f600\U0001f600": tru}', '[-]', '01', '[1.]', 'nul']:
    try:
        print(repr(bad), json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), 'JSONDecodeError:', e, e.pos, e.lineno, e.colno)
print(json.loads('"a\nb"', strict=False))
print(json.decoder.scanstring('"abc" tail', 1), json.decoder.scanstring('x"\U0001f600y"', 2))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'), dec.scan_once('  7', 2))
try:
    dec.scan_once('abc', 5)
except StopIteration as e:
    print('StopIteration', e.value)
print(json.dumps({'b': 1, 'a': [1.5, float('1e16'), -0.0, True, None, 'é\U0001f600"\\\n\x7f']}, sort_keys=True))
print(json.dumps({'b': 1, 'a': ['é\U0001f600\x7f']}, ensure_ascii=False, separators=(',', ':')))
print(json.dumps({1: 'int', 2.5: 'float', True: 't', None: 'n'}), json.dumps({(1, 2): 'x'}, skipkeys=True))
print(json.dumps((1, (2, [3])), default=str), json.dumps({'s': {1, 2}}, default=sorted), json.dumps(10 ** 30))
class MyInt(int):
    def __repr__(self): return 'nope'
class MyFloat(float):
    def __repr__(self): return 'nope'
class MyList(list):
    def __iter__(self): return iter([9])
class MyDict(dict):
    def items(self): return [('k', 'from items()')]
print(json.dumps([MyInt(5), MyFloat(2.5), MyList([1, 2]), MyDict(a=1), True]))
for args in [(float('nan'),), ({'a': float('inf')},)]:
    try:
        json.dumps(*args, allow_nan=False)
    except ValueError as e:
        print('ValueError', e)
print(json.dumps([float('nan'), float('-inf')]))
cyc = []
cyc.append(cyc)
for obj in (cyc, {'k': object()}, {(1,): 2}):
    try:
        json.dumps(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    json.dumps({'b': 1, 2: 'a'}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
deep = '[' * 100000 + ']' * 100000
try:
    json.loads(deep)
except RecursionError as e:
    print('RecursionError', e)
print(json.encoder.encode_basestring_ascii('aé\U0001f600'), json.encoder.encode_basestring('a"é'))
try:
    json.decoder.scanstring(b'"x"', 1)
except TypeError as e:
    print('TypeError', e)
