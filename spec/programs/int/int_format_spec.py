# format() and f-strings with int format specs.
n = 1234567
print(f"{n:d}|{n:10d}|{n:<10d}|{n:^10d}|{n:*>12,}|{n:_}|{n:+}|{-n: }|{n: }")
print(f"{255:b}|{255:#b}|{255:o}|{255:#o}|{255:x}|{255:#X}|{255:08x}|{255:#010x}|{-255:#x}")
print(f"{n:e}|{n:.2e}|{n:f}|{n:.1f}|{n:g}|{n:%}|{n:.3%}|{n:n}|{97:c}")
print(f"{-42:=8}|{-42:08}|{42:+08}|{2 ** 100:,}|{2 ** 64:_x}|{0:#b}|{-0:x}")
print(format(12, ""), format(12, "5"), format(-12, "<5") + "|", format(1000000, ","), format(10 ** 10, "_d"))
for spec in ("s", ".2d", ",b", "z", "=c"):
    try:
        print(format(5, spec))
    except ValueError as e:
        print("ValueError:", e)
try:
    format(0x110000, "c")
except OverflowError as e:
    print("OverflowError:", e)
