# Survey of builtin *methods*' argument checks (vm/NOTES.md "h24-kw"): every method of the
# builtin types pystm provides (found through each class's MRO) is called on a fresh instance
# with a made-up keyword, with no arguments and with four, three ways (o.m(...), bound through
# the descriptor's __get__, and the descriptor with o first), printing "ok" or the exception's
# class and message. Run under python3 and
# under pystm; the outputs must match (spec/unit/builtin_method_args.test.ts). Section headers:
# "== label" per class. Not surveyed: bytearray_iterator and dict_reversekeyiterator (pystm's are
# bytes_iterator and list_iterator: the class differs, not its methods' arguments).
# `--table` prints vm/objects/builtin_no_keywords.ts's METHODS and BASES (under python3).
import io
import sys


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class C:
    pass


def _fresh_class():
    class K:
        pass
    return K


d0 = {1: 2}
# label -> a function making a fresh instance (methods may mutate it)
SAMPLES = [
    ('int', lambda: 5),
    ('bool', lambda: True),
    ('float', lambda: 1.5),
    ('complex', lambda: 1j),
    ('str', lambda: 'ab'),
    ('bytes', lambda: b'ab'),
    ('bytearray', lambda: bytearray(b'ab')),
    ('list', lambda: [1, 2]),
    ('tuple', lambda: (1, 2)),
    ('dict', lambda: {1: 2}),
    ('dict_keys', lambda: {1: 2}.keys()),
    ('dict_values', lambda: {1: 2}.values()),
    ('dict_items', lambda: {1: 2}.items()),
    ('set', lambda: {1}),
    ('frozenset', lambda: frozenset({1})),
    ('range', lambda: range(3)),
    ('slice', lambda: slice(1, 2)),
    ('memoryview', lambda: memoryview(b'ab')),
    ('object', lambda: object()),
    ('type', _fresh_class),
    ('property', lambda: property(lambda s: 1)),
    ('staticmethod', lambda: staticmethod(len)),
    ('classmethod', lambda: classmethod(len)),
    ('list_iterator', lambda: iter([1])),
    ('list_reverseiterator', lambda: reversed([1])),
    ('tuple_iterator', lambda: iter((1,))),
    ('str_iterator', lambda: iter('\xe9')),  # (CPython's iterator over an ASCII str is a str_ascii_iterator)
    ('bytes_iterator', lambda: iter(b'a')),
    ('dict_keyiterator', lambda: iter({1: 2})),
    ('dict_valueiterator', lambda: iter({1: 2}.values())),
    ('dict_itemiterator', lambda: iter({1: 2}.items())),
    ('set_iterator', lambda: iter({1})),
    ('range_iterator', lambda: iter(range(3))),
    ('reversed', lambda: reversed((1, 2))),
    ('enumerate', lambda: enumerate([1])),
    ('zip', lambda: zip([1], [2])),
    ('map', lambda: map(abs, [1])),
    ('filter', lambda: filter(None, [1])),
    ('callable_iterator', lambda: iter(lambda: 1, 2)),
    ('generator', gen),
    ('coroutine', coro),
    ('async_generator', agen),
    ('BaseException', lambda: BaseException('x')),
    ('Exception', lambda: Exception('x')),
    ('OSError', lambda: OSError(2, 'x')),
    ('ImportError', lambda: ImportError('x', name='n')),
    ('AttributeError', lambda: AttributeError('x', name='n', obj=1)),
    ('StopIteration', lambda: StopIteration(1)),
    ('SyntaxError', lambda: SyntaxError('x')),
    ('UnicodeDecodeError', lambda: UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')),
    ('StringIO', lambda: io.StringIO('ab')),
    ('BytesIO', lambda: io.BytesIO(b'ab')),
]

# methods whose calls would end or block the run, or print
SKIP = {'__del__'}


def cleanup(x):
    # close coroutines and generators so that no "never awaited" warning is printed
    for name in ('close',):
        f = getattr(x, name, None)
        if f is not None and type(x).__name__ in ('coroutine', 'generator'):
            f()


def outcome(f):
    try:
        r = f()
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    for name in ('close',):
        if type(r).__name__ in ('coroutine', 'async_generator_asend', 'async_generator_athrow'):
            try:
                r.close()
            except Exception:
                pass
    return 'ok'


def find(cls, name):
    for k in cls.__mro__:
        if name in k.__dict__:
            return k.__dict__[name]
    return None


def is_method(v):
    if isinstance(v, (staticmethod, classmethod)):
        return True
    if isinstance(v, type):
        return False
    return callable(v)


# how a method is reached: "m" method syntax (o.name(...): CPython's LOAD_METHOD calls the
# class's descriptor with o first), "b" a bound method (the descriptor's __get__), "u" the
# descriptor called with the instance first (none for static and class methods)
ARGS = [('kw', (), {'zzz': 1}, 'zzz=1'), ('0', (), {}, ''), ('4', (1, 1, 1, 1), {}, '1, 1, 1, 1')]


def survey(label, make):
    print('==', label)
    probe = make()
    cls = type(probe)
    cleanup(probe)
    names = sorted(n for n in dir(cls) if n not in SKIP and is_method(find(cls, n)))
    for name in names:
        d = find(cls, name)
        for form in 'mbu':
            if form == 'u' and (isinstance(d, (staticmethod, classmethod)) or type(d).__name__ == 'classmethod_descriptor'):
                continue
            for tag, a, k, text in ARGS:
                inst = make()
                try:
                    if form == 'm':
                        f = eval(f'lambda: inst.{name}({text})', {'inst': inst})
                    elif form == 'b':
                        m = d.__get__(inst, cls)
                        f = lambda: m(*a, **k)
                    else:
                        f = lambda: d(inst, *a, **k)
                except Exception as e:
                    print(f'{name} {form}.{tag}: bind {type(e).__name__}: {e}')
                else:
                    print(f'{name} {form}.{tag}: {outcome(f)}')
                cleanup(inst)


def tp_name(k):
    return k.__qualname__ if k.__module__ == 'builtins' else f'{k.__module__}.{k.__qualname__}'


def table():
    # under python3: the methods (not slot wrappers) that refuse keywords, by the class defining
    # them, split by how a bound one names itself ("list.append()", or "count()" for
    # METH_VARARGS ones); printed as vm/objects/builtin_no_keywords.ts's METHODS and BASES
    found = {}
    bases = {}
    for label, make in SAMPLES:
        probe = make()
        cls = type(probe)
        cleanup(probe)
        for k in cls.__mro__:
            for name, d in k.__dict__.items():
                if type(d).__name__ not in ('method_descriptor', 'classmethod_descriptor', 'staticmethod'):
                    continue
                inst = make()
                kw = outcome(eval(f'lambda: inst.{name}(zzz=1)', {'inst': inst}))
                cleanup(inst)
                if not kw.endswith('() takes no keyword arguments'):
                    continue
                inst = make()
                bare = outcome(lambda: d.__get__(inst, cls)(zzz=1)).startswith(f'TypeError: {name}()')
                cleanup(inst)
                found.setdefault(tp_name(k), ([], []))[1 if bare else 0].append(name)
        mro = [tp_name(k) for k in cls.__mro__[1:-1]]
        if mro:
            bases[tp_name(cls)] = mro
    print('const METHODS: Record<string, [string, string]> = {')
    for k, (q, b) in sorted(found.items()):
        print(f"  '{k}': ['{' '.join(sorted(set(q)))}', '{' '.join(sorted(set(b)))}'],")
    print('};')
    print('const BASES: Record<string, string> = {')
    for k, v in sorted(bases.items()):
        if any(b in found for b in v):
            print(f"  '{k}': '{' '.join(v)}',")
    print('};')


def main():
    only = sys.argv[1:]
    if only == ['--table']:
        table()
        return
    for label, make in SAMPLES:
        if only and label not in only:
            continue
        survey(label, make)


main()
