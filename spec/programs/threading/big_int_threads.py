# Big-int sums, differences and small multiples (the limb kernels' operations: operands of 3+
# limbs) computed by four threads at once, each on its own numbers; every thread's results are
# checked against the same arithmetic done on the main thread, and a spigot's digits are printed.
import threading


def spigot(count):
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < count:
        l = 2 * k + 1
        q, r, t = q * k, (2 * q + r) * l, t * l
        k += 1
        if q > r:
            continue
        d = (3 * q + r) // t
        if d == (4 * q + r) // t:
            digits.append(d)
            q, r = 10 * q, 10 * (r - d * t)
    return digits


def mix(seed, rounds):
    a = (1 << 200) + seed
    b = (1 << 150) - seed * 7
    acc = 0
    for i in range(rounds):
        a = a * 12345 + b
        b = a - b * 3 if i % 2 else b + a
        acc ^= (a - b) % (1 << 61)
        a %= 1 << 4000
        b %= 1 << 3000
    return acc, a.bit_length(), b.bit_length()


results = {}


def work(n):
    results[n] = (mix(n, 400), spigot(60 + n))


threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
for n in range(4):
    assert results[n] == (mix(n, 400), spigot(60 + n)), n
    print(n, results[n][0], "".join(map(str, results[n][1][-20:])))
