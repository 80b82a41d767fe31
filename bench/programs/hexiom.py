# hexiom: a solver for Hexiom-style puzzles. A hexagonal board (axial coordinates) holds numbered
# tiles; a solution places every tile so that each tile's number equals how many of its six
# neighbours are occupied. Puzzles are generated from a seeded random layout with some tiles
# locked in place; the solver counts every solution by depth-first search over cells, trying
# "empty" or each remaining tile value, pruning with per-cell bounds (occupied neighbours so far
# <= number <= occupied + undecided). Lists, dicts, small ints, recursion. Size = puzzles solved.
# Checksum: solutions found and search nodes visited, summed over the puzzles.
import sys
import random

UNDECIDED = -2
EMPTY = -1
DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


class HexBoard:
    def __init__(self, side):
        self.cells = []
        index = {}
        for q in range(-side + 1, side):
            for r in range(-side + 1, side):
                if abs(q + r) < side:
                    index[(q, r)] = len(self.cells)
                    self.cells.append((q, r))
        self.neighbours = []
        for (q, r) in self.cells:
            self.neighbours.append([index[(q + dq, r + dr)] for (dq, dr) in DIRECTIONS
                                    if (q + dq, r + dr) in index])


def make_puzzle(board, rng, density, lock_ratio):
    n = len(board.cells)
    occupied = [rng.random() < density for _ in range(n)]
    values = [sum(1 for m in board.neighbours[c] if occupied[m]) if occupied[c] else EMPTY
              for c in range(n)]
    locked = {}
    for c in range(n):
        if rng.random() < lock_ratio:
            locked[c] = values[c]
    counts = [0] * 7
    for c in range(n):
        if values[c] != EMPTY and c not in locked:
            counts[values[c]] += 1
    return locked, counts


class Solver:
    def __init__(self, board, locked, counts):
        self.board = board
        n = len(board.cells)
        self.state = [UNDECIDED] * n
        for c, v in locked.items():
            self.state[c] = v
        self.counts = counts[:]
        self.free = sum(1 for c in range(n) if c not in locked)
        self.empties_left = self.free - sum(counts)
        # decide cells greedily: next is the open cell with the most already-decided neighbours
        decided = set(locked)
        todo = [c for c in range(n) if c not in locked]
        order = []
        while todo:
            best = max(todo, key=lambda c: (sum(1 for m in board.neighbours[c] if m in decided), -c))
            todo.remove(best)
            decided.add(best)
            order.append(best)
        self.order = order
        self.nodes = 0
        self.solutions = 0

    def cell_ok(self, c):
        v = self.state[c]
        if v < 0:
            return True
        occ = und = 0
        st = self.state
        for m in self.board.neighbours[c]:
            s = st[m]
            if s == UNDECIDED:
                und += 1
            elif s != EMPTY:
                occ += 1
        return occ <= v <= occ + und

    def consistent_around(self, c):
        if not self.cell_ok(c):
            return False
        for m in self.board.neighbours[c]:
            if not self.cell_ok(m):
                return False
        return True

    def search(self, k):
        self.nodes += 1
        if k == len(self.order):
            self.solutions += 1
            return
        c = self.order[k]
        st = self.state
        if self.empties_left > 0:
            st[c] = EMPTY
            self.empties_left -= 1
            if self.consistent_around(c):
                self.search(k + 1)
            self.empties_left += 1
        counts = self.counts
        for v in range(7):
            if counts[v]:
                counts[v] -= 1
                st[c] = v
                if self.consistent_around(c):
                    self.search(k + 1)
                counts[v] += 1
        st[c] = UNDECIDED

    def initially_consistent(self):
        return all(self.cell_ok(c) for c in range(len(self.state)))


def main():
    puzzles = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    rng = random.Random(2024)
    board = HexBoard(4)
    total_solutions = 0
    total_nodes = 0
    for _ in range(puzzles):
        locked, counts = make_puzzle(board, rng, 0.55, 0.45)
        s = Solver(board, locked, counts)
        if s.initially_consistent():
            s.search(0)
        total_solutions += s.solutions
        total_nodes += s.nodes
    print("hexiom puzzles=%d solutions %d nodes %d" % (puzzles, total_solutions, total_nodes))


main()
