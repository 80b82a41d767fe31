# sys.stdin/stdout/stderr objects: attributes, write() return values, reading from empty stdin.
import sys

print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.encoding.lower().replace("-", ""))
n = sys.stdout.write("abc\n")
print(n)
sys.stderr.write("this goes to stderr\n")
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), list(sys.stdin))
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
sys.stdout.flush()
print(hasattr(sys.stdout, "buffer"), sys.stdout.closed)
