# Errors about a builtin class of another module than builtins name it as CPython's tp_name,
# module.name ('array.array', 'array.arrayiterator', 'collections.deque'); builtins' own classes
# and classes defined in Python keep the bare name.
import array
import collections

arrayiterator = type(iter(array.array('I')))


def show(f):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)


def set_attr(cls, name):
    def f():
        setattr(cls, name, 1)
    return f


def del_attr(cls, name):
    def f():
        delattr(cls, name)
    return f


show(set_attr(array.array, 'foo'))
show(set_attr(collections.deque, 'foo'))
show(set_attr(int, 'foo'))
show(set_attr(array.array, '__bases__'))
show(del_attr(array.array, '__doc__'))
show(set_attr(array.array, '__doc__'))
show(lambda: arrayiterator())
show(lambda: object.__new__(arrayiterator))
show(lambda: object.__new__(array.array))
show(lambda: object.__new__(collections.deque))


class MyArray(array.array):
    pass


show(lambda: object.__new__(MyArray))
show(lambda: int.__new__(MyArray))
