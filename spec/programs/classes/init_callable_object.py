# __init__ set to a callable object without __get__ (not a descriptor): called as it is, without
# self, as CPython's lookup_maybe_method leaves it (was a JS TypeError: "descrGet is not a function")
class CallableInit:
    def __call__(self, *args):
        print('called with', len(args), 'arguments')


class Q:
    pass


Q.__init__ = CallableInit()
try:
    Q(1)
except TypeError as e:
    print('TypeError', e)
Q()


class Returns:
    def __call__(self, *args):
        return 5


class R:
    __init__ = Returns()


try:
    R()
except TypeError as e:
    print('TypeError', e)
