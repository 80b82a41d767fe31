# A pipeline of generators: each stage pulls lazily from the previous one.
def read_lines(text):
    for line in text.splitlines():
        print("  read", repr(line))
        yield line

def non_empty(lines):
    return (l for l in lines if l.strip())

def parse(lines):
    for l in lines:
        key, _, value = l.partition("=")
        yield key.strip(), int(value)

def running_total(pairs):
    total = 0
    for k, v in pairs:
        total += v
        yield k, total

text = "a = 1\n\nb = 2\n  \nc = 39\n"
for item in running_total(parse(non_empty(read_lines(text)))):
    print(item)

def chunks(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)

print(list(chunks(range(7), 3)))
print(dict(running_total(parse(["x=5", "y=6"]))))
