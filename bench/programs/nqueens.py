# nqueens: count the solutions of the n-queens puzzle by brute force over permutations. A
# recursive generator yields every permutation of the column indices (one queen per row and per
# column by construction); a solution is a permutation whose n "row + col" and n "row - col"
# diagonals are all distinct, checked with set comprehensions. Generators, tuples and sets.
# Size = board size n. Checksum: the number of solutions and a sum over them.
import sys


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        head = items[i]
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (head,) + tail


def solutions(n):
    rows = range(n)
    for cols in permutations(list(rows)):
        if n == len({cols[r] + r for r in rows}) == len({cols[r] - r for r in rows}):
            yield cols


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    count = 0
    weight = 0
    for sol in solutions(n):
        count += 1
        weight += sum(c * (r + 1) for r, c in enumerate(sol))
    print("nqueens n=%d solutions %d weight %d" % (n, count, weight))


main()
