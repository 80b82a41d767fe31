# os.path string operations and a real directory listing of a temporary folder.
import os
import os.path

print(os.path.join("a", "b", "c.txt"), os.path.join("/abs", "x"), os.path.join("a/", "b"))
print(os.path.split("/usr/lib/file.tar.gz"), os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"))
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.normpath("a//b/./c/../d"))
print(os.path.isabs("/tmp"), os.path.isabs("tmp"), os.path.relpath("/a/b/c", "/a/x"), os.sep)
print(os.path.commonprefix(["interstellar", "internet"]), os.path.commonpath(["/usr/lib", "/usr/local/lib"]))
d = "_os_path_tmp_dir_91c2"
os.mkdir(d)
try:
    for n in ["b.txt", "a.txt"]:
        with open(os.path.join(d, n), "w") as f:
            f.write(n * 3)
    os.mkdir(os.path.join(d, "sub"))
    print(sorted(os.listdir(d)), os.path.isdir(d), os.path.isfile(os.path.join(d, "a.txt")))
    print(os.path.getsize(os.path.join(d, "a.txt")), os.stat(os.path.join(d, "b.txt")).st_size)
    print(sorted(e.name for e in os.scandir(d) if e.is_file()))
    print([(os.path.basename(root), sorted(dirs), sorted(files)) for root, dirs, files in os.walk(d)])
    try:
        os.rmdir(d)
    except OSError as e:
        print(type(e).__name__, e.errno)
finally:
    os.remove(os.path.join(d, "a.txt"))
    os.remove(os.path.join(d, "b.txt"))
    os.rmdir(os.path.join(d, "sub"))
    os.rmdir(d)
print(os.path.exists(d), os.getcwd() == os.path.abspath("."))
os.environ["PYSTM_TEST_VAR"] = "value"
print(os.environ["PYSTM_TEST_VAR"], os.getenv("PYSTM_TEST_VAR"), os.getenv("SURELY_UNSET_VAR_X", "dflt"))
