# sys.argv holds the script name; sys.path[0] is the script's folder; version facts.
import sys
import os
print(sys.argv, len(sys.argv))
print(os.path.basename(sys.path[0]) == os.path.basename(os.getcwd()))
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.implementation.name in ("cpython", "pystm"), type(sys.maxsize).__name__, sys.maxsize == 2 ** 63 - 1)
print(sys.byteorder, sys.platform.startswith(("linux", "darwin", "win")), type(sys.getrecursionlimit()).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit in (15, 30))
