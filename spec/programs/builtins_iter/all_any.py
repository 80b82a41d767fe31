# builtins: all/any with empty input, short-circuiting on generators
print(all([]), any([]), all([1, 'a']), any([0, '', None]), all([1, 0]), any([0, 3]))
def noisy(vals):
    for v in vals:
        print('yield', v)
        yield v
print(any(noisy([0, 1, 2])))
print(all(noisy([1, 0, 2])))
print(all(x > 0 for x in range(1, 5)), any(c.isupper() for c in 'abC'))
