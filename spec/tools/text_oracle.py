# Oracle for the vm/text unit tests (spec/unit/text_*.test.ts): reads one JSON case per line on
# stdin, evaluates it with CPython, writes one JSON result per line. Floats travel as their 16
# hex digit IEEE bit patterns so nothing is lost: {"f": "3ff0000000000000"}; ints as decimal
# strings {"i": "-12"}; complex as {"c": [re bits, im bits]}; str as JSON strings. A result is {"ok": value} or {"err": [type, msg]}.
import json, struct, sys

sys.set_int_max_str_digits(0)


def dec(v):
    if isinstance(v, dict):
        if 'f' in v:
            return struct.unpack('>d', bytes.fromhex(v['f']))[0]
        if 'i' in v:
            return int(v['i'])
        if 'c' in v:
            return complex(dec({'f': v['c'][0]}), dec({'f': v['c'][1]}))
    return v


def enc(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, float):
        return {'f': struct.pack('>d', v).hex()}
    if isinstance(v, int):
        return {'i': str(v)}
    if isinstance(v, tuple):
        return [enc(x) for x in v]
    return v


OPS = {
    'repr': lambda x: repr(x),
    'str': lambda x: str(x),
    'format': lambda v, spec: format(v, spec),
    'pfloat': lambda s: float(s),
    'pint': lambda s, base: int(s, base),
    'hex': lambda x: x.hex(),
    'fromhex': lambda s: float.fromhex(s),
    'round': lambda x, nd=None: round(x) if nd is None else round(x, nd),
    'mod': lambda a, b: a % b,
    'divmod': lambda a, b: divmod(a, b),
    'floordiv': lambda a, b: a // b,
    'percent': lambda fmt, v: fmt % v,
    'ratio': lambda x: x.as_integer_ratio(),
    'complex': lambda re, im: repr(complex(re, im)),
    'pcomplex': lambda s: (lambda c: (c.real, c.imag))(complex(s)),
    'int': lambda x: int(x),
}

out = []
for line in sys.stdin:
    case = json.loads(line)
    op = OPS[case[0]]
    args = [dec(a) for a in case[1:]]
    try:
        res = {'ok': enc(op(*args))}
    except Exception as e:  # noqa: BLE001 - the exception is the answer
        res = {'err': [type(e).__name__, str(e)]}
    out.append(json.dumps(res))
sys.stdout.write('\n'.join(out) + ('\n' if out else ''))
