# set: a literal of constants (negative ones too) is a folded frozenset merged into a new set
print({-1, -2, 7, 15, 23})
print({-5, 3, -8, 100, 0, 1})
print({x for x in (-1, -2, 7, 15, 23)})
