# Check script for lib/json: exercises dumps/dumps options/loads/hooks/errors and prints results.
# Run once under CPython's real json and once under pystm's lib/json (spec/tools/lib_b_runner.py);
# the two outputs must be identical. Plain Python so it can later run under pystm itself.
import json
from json import JSONDecodeError, JSONDecoder, JSONEncoder


def show(label, f):
    try:
        r = f()
    except Exception as e:
        extra = ''
        if isinstance(e, JSONDecodeError):
            extra = ' msg=%r pos=%r lineno=%r colno=%r doc=%r' % (e.msg, e.pos, e.lineno, e.colno, e.doc)
        print(label, '!!', type(e).__name__, str(e) + extra)
    else:
        print(label, '->', ascii(r))


B = '\\'

print('== dumps basics')
values = [
    None, True, False, 0, 1, -1, 10 ** 30, -10 ** 30, 1.0, -0.0, 0.1, 1e100, 1e-7, 123456789.123,
    float('inf'), float('-inf'), 3.141592653589793, '', 'abc', 'a"b', 'a\\b', '\n\r\t\b\f',
    '\x00\x01\x1f\x7f', '\u00e9', '\u20ac', '\U0001f600', '\ud800', 'mixed \u00e9 \U0001f600 "q"',
    [], {}, (), [1, 2, 3], (1, 'a'), {'a': 1}, [[], {}], {'a': [1, {'b': None}]},
    [1.5, True, None, 'x'], {'k': (1, 2)},
]
for v in values:
    show('dumps %s' % ascii(v), lambda: json.dumps(v))
    show('  ascii=False', lambda: json.dumps(v, ensure_ascii=False))
show('nan', lambda: json.dumps(float('nan')))
show('nan not allowed', lambda: json.dumps(float('nan'), allow_nan=False))
show('inf not allowed', lambda: json.dumps([float('inf')], allow_nan=False))
show('ok allowed', lambda: json.dumps([1.5], allow_nan=False))

print('== keys')
show('int keys', lambda: json.dumps({1: 'a', 2: 'b'}))
show('float keys', lambda: json.dumps({1.5: 'a', 2.0: 'b', float('inf'): 1, float('nan'): 2}))
show('bool/None keys', lambda: json.dumps({True: 1, False: 2, None: 3}))
show('tuple key', lambda: json.dumps({(1, 2): 3}))
show('tuple key skip', lambda: json.dumps({(1, 2): 3, 'a': 4}, skipkeys=True))
show('tuple key skip first only', lambda: json.dumps({'z': 0, (1, 2): 3, 'a': 4}, skipkeys=True))
show('sort_keys', lambda: json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
show('sort mixed', lambda: json.dumps({'b': 1, 2: 2}, sort_keys=True))
show('nan key disallowed', lambda: json.dumps({float('nan'): 1}, allow_nan=False))
show('unicode key', lambda: json.dumps({'\u00e9': 1}))
show('unicode key raw', lambda: json.dumps({'\u00e9': 1}, ensure_ascii=False))


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'

    __str__ = __repr__


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


show('int subclass', lambda: json.dumps([MyInt(5), {MyInt(3): 1}]))
show('float subclass', lambda: json.dumps([MyFloat(2.5), {MyFloat(1.5): 1}]))
show('str/list/dict subclass', lambda: json.dumps(MyDict(a=MyList([MyStr('x')]))))

print('== indent and separators')
doc = {'name': 'x', 'list': [1, 2, [3, 4, []], {}], 'obj': {'a': None, 'b': [True]}}
for ind in [None, 0, 1, 2, 4, '', '\t', '--']:
    show('indent %r' % (ind,), lambda: json.dumps(doc, indent=ind))
show('separators compact', lambda: json.dumps(doc, separators=(',', ':')))
show('separators with indent', lambda: json.dumps(doc, indent=2, separators=(', ', ' = ')))
show('indent sort', lambda: json.dumps(doc, indent=3, sort_keys=True))
show('indent scalar', lambda: json.dumps(5, indent=2))
show('indent empty', lambda: json.dumps([[], {}, [[]]], indent=2))

print('== default and cls')


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


show('not serializable', lambda: json.dumps([1, Point(1, 2)]))
show('set', lambda: json.dumps({1, 2}))
show('bytes', lambda: json.dumps(b'x'))
show('default fn', lambda: json.dumps([Point(1, 2)], default=lambda o: {'x': o.x, 'y': o.y}))
show('default returns point', lambda: json.dumps(Point(1, Point(2, 3)), default=lambda o: [o.x, o.y]))


class PointEncoder(JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'__point__': [o.x, o.y]}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return JSONEncoder.default(self, o)


show('cls encoder', lambda: json.dumps({'p': Point(1, 2), 's': {3, 1, 2}}, cls=PointEncoder))
show('cls encoder fails', lambda: json.dumps(object, cls=PointEncoder))
show('cls indent', lambda: json.dumps([Point(1, 2)], cls=PointEncoder, indent=1))
show('encoder.encode', lambda: PointEncoder(sort_keys=True).encode({'b': Point(0, 0), 'a': 1}))
show('encoder.iterencode', lambda: list(JSONEncoder().iterencode([1, {'a': 'b'}])))
show('encoder.encode str', lambda: JSONEncoder().encode('x\u00e9'))
show('encoder attrs', lambda: (JSONEncoder().item_separator, JSONEncoder().key_separator,
                               JSONEncoder(indent=2).item_separator))


class ExtraKw(JSONEncoder):
    def __init__(self, *, tag='T', **kw):
        JSONEncoder.__init__(self, **kw)
        self.tag = tag

    def default(self, o):
        return self.tag


show('cls extra kw', lambda: json.dumps([Point(0, 0)], cls=ExtraKw, tag='hello'))
show('bad kw', lambda: json.dumps(1, bogus=1))
circ = []
circ.append(circ)
show('circular list', lambda: json.dumps(circ))
circd = {}
circd['self'] = circd
show('circular dict', lambda: json.dumps(circd))
shared = [1]
show('shared not circular', lambda: json.dumps([shared, shared]))
show('circular via default', lambda: json.dumps(Point(0, 0), default=lambda o: o))


class W:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = W()
json.dump({'a': [1, 2]}, w)
print('dump joined', ''.join(w.parts))
w = W()
json.dump({'a': [1, 2]}, w, indent=2)
print('dump indent joined', ascii(''.join(w.parts)))

print('== loads basics')
docs = [
    'null', 'true', 'false', '0', '-0', '1', '-1', '12345678901234567890', '1.5', '-1.5e3', '1E2',
    '1e-2', '0.0', '-0.0', '1.0e+10', '"abc"', '""', '"a' + B + 'nb"', '"' + B + 'u00e9"',
    '"' + B + 'ud83d' + B + 'ude00"', '"' + B + 'ud800"', '"' + B + 'udc00' + B + 'ud800"',
    '"' + B + '/' + B + 'b' + B + 'f' + B + 'r' + B + 't' + B + '"' + B + B + '"',
    '"\u00e9\U0001f600"', '[]', '{}', '[1, 2, 3]', ' [ 1 , [ ] , { } ] ', '{"a": 1, "b": [true, false, null]}',
    '{"a": 1, "a": 2}', 'NaN', 'Infinity', '-Infinity', '[NaN, Infinity, -Infinity]',
    '\n\t {"x"\n:\r1}\n', '"' + B + 'u0041' + B + 'u0062"', '{"": ""}', '[[[[[]]]]]',
    '"\x7f"',
]
for d in docs:
    show('loads %s' % ascii(d), lambda: json.loads(d))
show('loads bytes', lambda: json.loads(b'{"a": "\xc3\xa9"}'))
show('loads bytearray', lambda: json.loads(bytearray(b'[1]')))
show('loads utf-8-sig bytes', lambda: json.loads(b'\xef\xbb\xbf[1]'))
show('loads utf-16 bytes', lambda: json.loads('[1, "\u00e9"]'.encode('utf-16')))
show('loads utf-16-le bytes', lambda: json.loads('[1]'.encode('utf-16-le')))
show('loads utf-16-be bytes', lambda: json.loads('[1]'.encode('utf-16-be')))
show('loads utf-32 bytes', lambda: json.loads('[2]'.encode('utf-32')))
show('loads utf-32-le bytes', lambda: json.loads('{}'.encode('utf-32-le')))
show('loads not str', lambda: json.loads(5))
show('loads None', lambda: json.loads(None))
show('nan is float', lambda: type(json.loads('NaN')).__name__)
show('float exactness', lambda: json.loads('0.1') == 0.1 and json.loads('1e400'))

print('== hooks')
show('object_hook', lambda: json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
show('object_pairs_hook', lambda: json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
show('pairs wins', lambda: json.loads('{"a": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
show('parse_float', lambda: json.loads('[1.5, 2, 1e3]', parse_float=lambda s: 'F' + s))
show('parse_int', lambda: json.loads('[1.5, 2, -30]', parse_int=lambda s: 'I' + s))
show('parse_constant', lambda: json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'C' + s))
show('parse_constant raises', lambda: json.loads('[NaN]', parse_constant=lambda s: int(s)))


class MyDecoder(JSONDecoder):
    def __init__(self, **kw):
        kw['object_hook'] = self.hook
        JSONDecoder.__init__(self, **kw)

    def hook(self, d):
        if '__point__' in d:
            return tuple(d['__point__'])
        return d


show('cls decoder', lambda: json.loads('{"p": {"__point__": [1, 2]}}', cls=MyDecoder))
show('raw_decode', lambda: JSONDecoder().raw_decode('[1, 2] tail'))
show('raw_decode idx', lambda: JSONDecoder().raw_decode('xx{"a":1}yy', 2))
show('raw_decode ws', lambda: JSONDecoder().raw_decode(' 1'))
show('strict off', lambda: json.loads('"a\nb\tc"', strict=False))
show('strict on', lambda: json.loads('"a\tb"'))
show('decoder attrs', lambda: (JSONDecoder().strict, JSONDecoder().object_hook))

print('== errors')
bad = [
    '', ' ', '   \n  ', 'x', '-', '-x', '+1', '.5', '01', '1.', '1e', '1.5e+', '1.5x', 'nul', 'tru', 'fals',
    'nan', 'inf', '[', '[1', '[1,', '[1,]', '[,]', '[1 2]', '[1,2', '[1]]', '{', '{"a"', '{"a":',
    '{"a":}', '{"a":1', '{"a":1,', '{"a":1,}', '{,}', '{1:2}', "{'a':1}", '{"a" 1}', '{"a":1 "b":2}',
    '{"a":1}x', '1 2', '"abc', '"ab' + B, '"ab\nc"', '"\x1f"', '"ab' + B + 'q"', '"' + B + 'x"',
    '"ab' + B + 'u12g4"', '"ab' + B + 'u12', '"' + B + 'u"', '"' + B + 'ud800' + B + 'u12x4"',
    '"' + B + 'ud800' + B + 'u', '"' + B + 'ud800' + B + '"', '[1,\n  2,\n  x]', '{\n"a":\n\n}',
    '\ufeff[1]', '[1]\n\n  ]', '"' + B + 'u00zz"', '[true, false, nulll]', '{"a": [1, {"b": }]}',
    '["a", "b"', '\t\n"', '{"x": 1, "y"}', '[-]', '[1.]', '[.1]', '["' + B + 'uD83D' + B + 'u"]',
]
for d in bad:
    show('bad %s' % ascii(d), lambda: json.loads(d))

e = JSONDecodeError('Boom', 'ab\ncd\nef', 7)
print('JSONDecodeError direct:', str(e), e.msg, e.pos, e.lineno, e.colno, e.args)
print('is ValueError', isinstance(e, ValueError), JSONDecodeError.__mro__[1].__name__)
print('reduce', e.__reduce__()[1])

print('== round trips')
for v in [{'a': [1, 2.5, None, True, 'x\u00e9\U0001f600']}, [1e-300, 1e300, -5, 'q"\\'], {'n': {'m': {}}}]:
    for kw in [{}, {'ensure_ascii': False}, {'indent': 2}, {'sort_keys': True}]:
        print('rt', ascii(kw), json.loads(json.dumps(v, **kw)) == v)

print('== iterencode chunks')
print(list(JSONEncoder(indent=2).iterencode([1, [2], {'a': 1, 'b': [3]}, 'x', [], {}])))
print(list(JSONEncoder().iterencode({'a': 1, 'b': [3, None, 2.5]})))
print(list(JSONEncoder().iterencode(5)))
