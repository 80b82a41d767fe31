# sys.exit(3) ends the program with status 3 after running finally blocks and atexit handlers.
import sys
import atexit

atexit.register(print, "atexit handler runs")
try:
    print("before exit")
    sys.exit(3)
finally:
    print("finally runs")
print("not reached")
