# bytearray mutation: item and slice assignment, deletion, append/extend/insert/pop/remove/reverse, +=, *=.
ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EY"
ba[-1:] = b"O!!"
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba.append(33); ba.extend(b"ab"); ba.extend([1, 2]); ba.insert(0, 65); ba.insert(-1, 66)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(33); ba.reverse()
print(ba)
ba += b"xyz"
ba *= 2
print(ba, len(ba))
ba[::3] = b"-" * len(ba[::3])
print(ba)
ba.clear()
print(ba, ba.copy() == ba)
for bad in (lambda: ba.append(256), lambda: ba.pop(), lambda: ba.remove(5), lambda: ba.__setitem__(0, 1), lambda: bytearray(b"a").__setitem__(0, 300), lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"x")):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
