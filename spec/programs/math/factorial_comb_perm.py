# math.factorial, comb and perm: values, big results and argument errors.
import math
print([math.factorial(n) for n in range(12)], math.factorial(30), len(str(math.factorial(1000))))
print(math.comb(10, 3), math.comb(52, 5), math.comb(5, 7), math.comb(100, 50), math.comb(0, 0), math.comb(10, 0))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10), math.perm(5, None))
for f, args in [(math.factorial, (-1,)), (math.factorial, (5.0,)), (math.factorial, (5.5,)), (math.comb, (-1, 2)),
                (math.comb, (5, -2)), (math.perm, (-3,)), (math.comb, (5.0, 2)), (math.comb, (5,)), (math.factorial, ("5",))]:
    try:
        print(f(*args))
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
