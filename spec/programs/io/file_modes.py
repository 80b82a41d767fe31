# Text and binary file modes: x (exclusive create), r+, seek/tell, writelines, newline handling.
import os

name = "_file_modes_tmp_4b1d.txt"
try:
    with open(name, "x") as f:
        f.writelines(["one\n", "two\r\n", "three"])
    try:
        open(name, "x")
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    with open(name) as f:
        print(f.readlines())
    with open(name, newline="") as f:
        print(f.readlines())
    with open(name, "rb") as f:
        print(f.read())
    with open(name, "r+") as f:
        f.seek(4)
        f.write("TWO")
        f.seek(0)
        print(repr(f.read()), f.tell())
    with open(name, "rb") as f:
        f.seek(-5, 2)
        print(f.read(), f.tell())
        f.seek(0)
        print(f.read(3), f.readline())
    with open(name, "a+") as f:
        f.write("\nfour")
        f.seek(0)
        print(f.read().split("\n"))
    print(os.path.getsize(name))
finally:
    os.remove(name)
