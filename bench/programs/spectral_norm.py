# spectral_norm: the spectral norm of the infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1),
# truncated to n x n, by 10 rounds of power iteration on A^T A. The hot code is a tight double
# loop of float division and accumulation through small helper functions. Size = n.
# Checksum: the norm to 9 decimals.
import sys


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v, n):
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(i, j) * v[j]
        out.append(acc)
    return out


def times_transposed(v, n):
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(j, i) * v[j]
        out.append(acc)
    return out


def ata_times(v, n):
    return times_transposed(times(v, n), n)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 160
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = ata_times(u, n)
        u = ata_times(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("spectral_norm n=%d norm %.9f" % (n, (vbv / vv) ** 0.5))


main()
