# Parallel benchmark: the Mandelbrot set in horizontal bands, one band per thread.
# Threads share nothing but the read-only parameters; each writes its own slot of `counts`.
# Usage: mandelbrot_bands.py [threads=4] [size=200]. Last line: the checksum.
import sys
import threading

def band(y0, y1, size, max_iter):
    total = 0
    for y in range(y0, y1):
        ci = 2.0 * y / size - 1.0
        for x in range(size):
            cr = 3.0 * x / size - 2.0
            zr = zi = 0.0
            n = 0
            while n < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            total += n
    return total

def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    max_iter = 50
    counts = [0] * nthreads

    def work(i):
        y0 = size * i // nthreads
        y1 = size * (i + 1) // nthreads
        counts[i] = band(y0, y1, size, max_iter)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sum(counts))

main()
