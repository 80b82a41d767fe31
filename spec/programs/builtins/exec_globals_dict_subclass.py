# exec() with a dict subclass as globals: a function's global names (LOAD_GLOBAL) go through the
# subclass's __getitem__ / __missing__ before the builtins, as top-level names (LOAD_NAME) do.
import builtins


class G(dict):
    def __missing__(self, k):
        if hasattr(builtins, k):
            raise KeyError(k)
        return 'missing:' + k


out = []
g = G(out=out)
exec("out.append(zz)", g)
exec("def f():\n    return yy, len('abc')\nout.append(f())", g)


class H(dict):
    def __getitem__(self, k):
        if k == 'magic':
            return 7
        return dict.__getitem__(self, k)


exec("out.append(magic)", H(out=out))
exec("def f():\n    return [magic for _ in range(2)]\nout.append(f())", H(out=out))
print(out)
try:
    exec("def f():\n    return nothere\nf()", H())
except NameError as e:
    print('NameError', e)
