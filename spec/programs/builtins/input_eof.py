# input() with no data on stdin raises EOFError after writing the prompt to stdout.
try:
    line = input("Name? ")
    print("got", line)
except EOFError as e:
    print()
    print("EOFError:", repr(e))
import sys
print(sys.stdin.read() == "", sys.stdin.readline() == "")
