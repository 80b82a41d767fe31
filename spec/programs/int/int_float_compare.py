# int/float comparisons are exact, even where float(int) would round.
big = 2 ** 53
print(big + 1 == float(big + 1), big + 1 > float(big + 1), float(big) == big, big + 1 > 2.0 ** 53)
print(2 ** 1000 < float("inf"), -(2 ** 1000) > float("-inf"), 2 ** 1000 > 1e300, 10 ** 400 > 1e308)
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, 2 ** 100 == nan)
print(3 < 3.5, 3 <= 3.0, -3 > -3.5, 0 == -0.0, 5 == 5.000000000000001, 9007199254740993 == 9007199254740992.0)
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), sorted([3, 1.5, 2, 0.5, True]))
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23, int(1e23))
