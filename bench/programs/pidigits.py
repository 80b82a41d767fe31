# pidigits: the first N decimal digits of pi by Gibbons' unbounded spigot (a 2x2 matrix of big
# integers composed with one linear fractional transformation per term, extracting a digit when
# floor(3) and floor(4) agree). Big-integer multiply, add and floor division dominate.
# Size = number of digits. Checksum: the last 20 digits and the digit sum.
import sys


def pi_digits(count):
    # state (q, r, t) represents the map x -> (q*x + r) / t; k is the term index
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < count:
        # compose with the term (k, 4k+2, 2k+1)
        l = 2 * k + 1
        q, r, t = q * k, (2 * q + r) * l, t * l
        k += 1
        if q > r:
            continue
        d = (3 * q + r) // t
        if d == (4 * q + r) // t:
            digits.append(d)
            # shift the extracted digit out: x -> 10 * (x - d)
            q, r = 10 * q, 10 * (r - d * t)
    return digits


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2500
    ds = pi_digits(n)
    print("pidigits n=%d head %s tail %s sum %d" % (n, "".join(map(str, ds[:10])),
                                                   "".join(map(str, ds[-20:])), sum(ds)))


main()
