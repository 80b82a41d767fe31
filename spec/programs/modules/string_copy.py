# string constants, Template and capwords; copy.copy versus copy.deepcopy.
import string
import copy

print(string.ascii_lowercase, string.digits, string.punctuation[:5])
t = string.Template("$who likes ${what}!")
print(t.substitute(who="Ann", what="tea"), t.safe_substitute(who="Bob"))
print(string.capwords("hello   big world"))
orig = {"list": [1, [2, 3]], "n": 1}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["list"][1].append(4)
print(shallow["list"], deep["list"], shallow is orig, shallow["list"] is orig["list"])

class Node:
    def __init__(self, v):
        self.v = v
        self.me = self

n = copy.deepcopy(Node(1))
print(n.me is n, n.v)
