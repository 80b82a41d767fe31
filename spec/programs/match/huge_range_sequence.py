# A sequence pattern on a range longer than 2**30 reads its length and items without
# building a list (GET_LEN gives a full-size int).
w = range(1 << 30)
match w:
    case x, y, *_:
        print("matched", x, y)
    case _:
        print("no match")
match range(3 << 30):
    case [first, *_, last]:
        print(first, last)
