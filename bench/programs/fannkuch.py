# fannkuch: fannkuch-redux. Walk every permutation of 0..n-1 in the order of a counting
# ("factorial base") generator; for each, repeatedly reverse the prefix whose length is given by
# the first element until that element is 0, counting flips. Checksum: the alternating sum of the
# flip counts and the maximum flip count. List slicing, indexing and integer loops. Size = n.
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    index = 0
    while True:
        first = perm1[0]
        if first:
            perm = perm1[:]
            flips = 0
            while first:
                perm[:first + 1] = perm[first::-1]
                flips += 1
                first = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        sign = -sign
        index += 1
        # next permutation: rotate the prefix of length r+1 left by one, with a digit counter
        r = 1
        while r < n:
            head = perm1[0]
            for k in range(r):
                perm1[k] = perm1[k + 1]
            perm1[r] = head
            count[r] += 1
            if count[r] <= r:
                break
            count[r] = 0
            r += 1
        else:
            return checksum, max_flips, index


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    checksum, flips, perms = fannkuch(n)
    print("fannkuch n=%d perms=%d checksum %d maxflips %d" % (n, perms, checksum, flips))


main()
