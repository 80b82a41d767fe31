# float.__getformat__ describes the C double and float formats; float.fromhex of a non-str is a
# TypeError (it was an internal error), of a str subclass works.
print(float.__getformat__('double'), float.__getformat__('float'))
for arg in ('x', 3, None):
    try:
        float.__getformat__(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class S(str):
    pass


print(float.fromhex(S('0x1.8p1')))
for arg in (3, None, b'0x1p0'):
    try:
        float.fromhex(arg)
    except TypeError as e:
        print('TypeError', e)
