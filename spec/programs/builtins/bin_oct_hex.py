# bin, oct, hex of ints, negatives, big ints and __index__ objects; format() alternatives.
class Seven:
    def __index__(self):
        return 7

for n in [0, 5, -5, 255, 2 ** 70, -(2 ** 64), True, Seven()]:
    print(bin(n), oct(n), hex(n))
print(format(255, "b"), format(255, "#o"), format(255, "X"), format(255, "#010x"))
print(int("0b101", 0), int("0o17", 0), int("0xff", 0), int("ff", 16), int("z", 36))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
