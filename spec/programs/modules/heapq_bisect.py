# heapq priority queue operations and bisect on sorted lists.
import heapq
import bisect

h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
nums = [9, 4, 7, 1, 8]
heapq.heapify(nums)
print(nums, heapq.nlargest(2, nums), heapq.nsmallest(3, nums, key=lambda x: -x))
tasks = [(2, "write"), (1, "plan"), (3, "test")]
heapq.heapify(tasks)
print([heapq.heappop(tasks)[1] for _ in range(3)])
print(list(heapq.merge([1, 4, 9], [2, 3, 10])))

grades = [60, 70, 80, 90]
def grade(score):
    return "FDCBA"[bisect.bisect(grades, score)]
print([grade(s) for s in [33, 60, 75, 90, 100]])
a = [1, 2, 2, 2, 3]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 0))
bisect.insort(a, 2.5)
bisect.insort_left(a, 0)
print(a)
