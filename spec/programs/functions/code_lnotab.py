# co_lnotab (3.11's legacy line table) agrees with co_lines(); a module's prologue is on line 0
def lines_from_lnotab(code):
    tab = code.co_lnotab
    line = code.co_firstlineno
    lines = {line}
    for i in range(0, len(tab), 2):
        delta = tab[i + 1]
        if delta >= 128:
            delta -= 256
        line += delta
        lines.add(line)
    return lines


def g():
    a = 1

    b = 2
    for i in range(3):
        a += i
    return a + b


print(type(g.__code__.co_lnotab).__name__, len(g.__code__.co_lnotab) % 2)
print(sorted(lines_from_lnotab(g.__code__)))
print(sorted({l for _, _, l in g.__code__.co_lines() if l is not None}))
big = compile("x = 1\n" + "\n" * 300 + "y = 2\n" + "\n" * 40 + "z = 3\n", "big", "exec")
print(sorted(lines_from_lnotab(big)))
for src, mode in [("\n\nx = 1\n", "exec"), ("1 + 2", "eval"), ("x = 1", "single")]:
    c = compile(src, "s", mode)
    print(mode, list(c.co_positions())[0], list(c.co_lines())[0][2])
