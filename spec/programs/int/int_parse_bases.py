# int(str, base) with explicit bases, base 0 prefixes and case.
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0XFF", 0), int("777", 8), int("0o777", 0))
print(int("101", 2), int("0b101", 0), int("-0b101", 0), int("z", 36), int("Zz", 36), int("10", 36))
print(int("12", 3), int("  -12  ", 5), int("+7", 8), int("0", 0), int("000", 0), int("0_0", 0))
print(int(b"42"), int(bytearray(b"17"), 8), int("9" * 40), int("-" + "1" * 30, 2))
