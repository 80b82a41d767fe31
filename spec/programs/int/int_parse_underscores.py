# int() accepts single underscores between digits and surrounding whitespace, and unicode digits.
print(int("1_000_000"), int("0x_dead_beef", 16), int("0b_1_0", 0), int(" \t\n42\r\n "))
print(int("١٢٣"), int("１２"), int(" -7 "))
for s in ["1__0", "_1", "1_", "0x_", "1 0", "", " ", "+", "- 1", "0_x1"]:
    try:
        print(int(s, 0))
    except ValueError as e:
        print("ValueError:", e)
