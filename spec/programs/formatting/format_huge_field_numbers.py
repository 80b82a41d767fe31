# str.format field numbers and element indexes past Py_ssize_t are a ValueError ("Too many
# decimal digits"); a big one that fits is an IndexError naming it exactly.
import sys

big = "23098475029384702983476098230754973209482573"
for s, args in [("{" + big + "}", ()), ("{[" + big + "]}", ([0],)), ("{%d:.6f}" % (sys.maxsize + 1), (2.34,)),
                ("{%d}" % sys.maxsize, (1,)), ("{0[%d]}" % sys.maxsize, ([0],)), ("{0[1]}", ([5, 6],))]:
    try:
        print(repr(s.format(*args)))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
