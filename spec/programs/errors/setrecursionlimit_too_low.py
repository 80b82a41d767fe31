# sys.setrecursionlimit refuses a limit at or below the current depth (this call counted).
import sys
def f():
    try:
        sys.setrecursionlimit(2)
    except RecursionError as e:
        print(e)
f()
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(1)
except RecursionError as e:
    print(e)
def g(n):
    if n:
        return g(n - 1)
    try:
        sys.setrecursionlimit(5)
    except RecursionError as e:
        print(e)
g(5)
