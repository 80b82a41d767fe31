# ~ of a re flag keeps unknown bits as CPython's IntFlag with boundary KEEP (repr shows them in hex).
import re

print(repr(~re.I))
print(repr(~(re.I | re.S | re.X)))
print(repr(~(re.I | re.S | re.X | (1 << 20))), int(~(re.I | re.S | re.X | (1 << 20))))
print(repr(re.I | re.S | (1 << 20)))
print(int(~re.NOFLAG))
