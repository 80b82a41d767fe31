# str.splitlines on every line boundary, with and without keepends.
s = "a\nb\rc\r\nd\ve\ff\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print(s.splitlines(True))
print("x\n\ny\n".splitlines(), "x\n\ny\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print("no newline".splitlines(), "trail\r".splitlines(True))
