# go: flat Monte Carlo Go on a 9x9 board. From the empty board, many random playouts are run
# (each legal move chosen uniformly by a seeded random.Random, never filling one's own eye,
# simple ko, no suicide, captures by flood-filling groups and counting liberties) and scored by
# area with komi; the first move with the best average result is the program's choice. Lists,
# small-int arithmetic, method calls and random numbers. Size = number of playouts.
# Checksum: the chosen move, total moves played and the sum of final scores.
import sys
import random

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2
KOMI = 7.5


def build_neighbours():
    nbrs = []
    for p in range(SIZE * SIZE):
        r, c = divmod(p, SIZE)
        out = []
        if r > 0:
            out.append(p - SIZE)
        if r < SIZE - 1:
            out.append(p + SIZE)
        if c > 0:
            out.append(p - 1)
        if c < SIZE - 1:
            out.append(p + 1)
        nbrs.append(out)
    return nbrs


NBRS = build_neighbours()


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.ko = -1
        self.to_move = BLACK
        self.passes = 0
        self.moves = 0

    def copy(self):
        b = Board()
        b.cells = self.cells[:]
        b.ko = self.ko
        b.to_move = self.to_move
        b.passes = self.passes
        b.moves = self.moves
        return b

    def group(self, p):
        """The stones connected to p and whether the group has a liberty."""
        cells = self.cells
        colour = cells[p]
        stones = [p]
        seen = {p}
        i = 0
        free = False
        while i < len(stones):
            q = stones[i]
            i += 1
            for n in NBRS[q]:
                v = cells[n]
                if v == EMPTY:
                    free = True
                elif v == colour and n not in seen:
                    seen.add(n)
                    stones.append(n)
        return stones, free

    def is_eye(self, p, colour):
        cells = self.cells
        for n in NBRS[p]:
            if cells[n] != colour:
                return False
        return True

    def try_play(self, p):
        """Play p for the side to move if legal; return True on success."""
        cells = self.cells
        if cells[p] != EMPTY or p == self.ko:
            return False
        me = self.to_move
        other = BLACK + WHITE - me
        cells[p] = me
        captured = []
        for n in NBRS[p]:
            if cells[n] == other:
                stones, free = self.group(n)
                if not free:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        if not captured:
            stones, free = self.group(p)
            if not free:
                cells[p] = EMPTY
                return False
        if len(captured) == 1 and len(self.group(p)[0]) == 1:
            self.ko = captured[0]
        else:
            self.ko = -1
        self.to_move = other
        self.passes = 0
        self.moves += 1
        return True

    def play_pass(self):
        self.ko = -1
        self.to_move = BLACK + WHITE - self.to_move
        self.passes += 1

    def random_move(self, rng):
        """Play a uniformly chosen sensible move, or pass when there is none."""
        cells = self.cells
        empties = [p for p in range(SIZE * SIZE) if cells[p] == EMPTY]
        me = self.to_move
        while empties:
            k = rng.randrange(len(empties))
            p = empties[k]
            empties[k] = empties[-1]
            empties.pop()
            if not self.is_eye(p, me) and self.try_play(p):
                return p
        self.play_pass()
        return -1

    def score(self):
        """Area score, black minus white minus komi."""
        cells = self.cells
        black = white = 0
        for p in range(SIZE * SIZE):
            v = cells[p]
            if v == BLACK:
                black += 1
            elif v == WHITE:
                white += 1
            else:
                touch = 0
                for n in NBRS[p]:
                    touch |= cells[n]
                if touch == BLACK:
                    black += 1
                elif touch == WHITE:
                    white += 1
        return black - white - KOMI


def playout(board, rng):
    limit = SIZE * SIZE * 3
    while board.passes < 2 and board.moves < limit:
        board.random_move(rng)
    return board.score()


def choose_move(playouts, seed):
    rng = random.Random(seed)
    start = Board()
    wins = [0] * (SIZE * SIZE)
    tries = [0] * (SIZE * SIZE)
    total_moves = 0
    score_sum = 0.0
    for _ in range(playouts):
        b = start.copy()
        first = b.random_move(rng)
        s = playout(b, rng)
        total_moves += b.moves
        score_sum += s
        if first >= 0:
            tries[first] += 1
            if s > 0:
                wins[first] += 1
    best = -1
    best_rate = -1.0
    for p in range(SIZE * SIZE):
        if tries[p]:
            rate = wins[p] / tries[p]
            if rate > best_rate:
                best_rate = rate
                best = p
    return best, total_moves, score_sum


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    best, moves, score_sum = choose_move(n, 42)
    r, c = divmod(best, SIZE)
    print("go playouts=%d best %s%d moves %d score_sum %.1f" % (n, "ABCDEFGHJ"[c], r + 1, moves, score_sum))


main()
