# list ==, extend and index: an __eq__ that empties the lists is seen; a list subclass's __iter__ is used by
# list()/extend/unpacking; index() clamps huge start/stop arguments.
import sys
class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented
class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented
list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)
class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented
list3 = [Z()]
list4 = [1]
print(list3 == list4, list3 != list4)
class LyingList(list):
    def __iter__(self):
        yield 1
print(list(LyingList([2])), [*LyingList([3])], [0] + list(LyingList([4])))
l = []; l.extend(LyingList([5])); print(l)
a = [-2, -1, 0, 0, 1, 2]
print(a.index(0, -4 * sys.maxsize, 4 * sys.maxsize), a.index(2, -2**100), a.index(0, 3, 2**70))
try:
    a.index(2, 0, -2**80)
except ValueError as e:
    print(e)
