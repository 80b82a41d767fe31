# open(): write, read, append and iterate a temporary text file, then delete it.
import os

name = "_open_file_tmp_7f3a.txt"
try:
    with open(name, "w") as f:
        n = f.write("first line\n")
        f.write("second line\n")
        print("wrote", n, "chars; closed inside with:", f.closed)
    print("closed after with:", f.closed)
    with open(name) as f:
        print(repr(f.read()))
    with open(name, "a") as f:
        print("third", file=f)
    with open(name) as f:
        for i, line in enumerate(f, 1):
            print(i, line.rstrip("\n"))
    with open(name, "r", encoding="utf-8") as f:
        print(f.readline(), end="")
        print(f.readlines())
    with open(name, "rb") as f:
        data = f.read()
        print(type(data).__name__, len(data), data[:5])
    with open(name, "wb") as f:
        f.write("héllo".encode("utf-8"))
    with open(name, encoding="utf-8") as f:
        print(f.read())
    try:
        open("_definitely_missing_file_.txt")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.filename)
finally:
    os.remove(name)
print(os.path.exists(name))
