# list.sort is stable, with key and reverse; sorted returns a new list.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower)
print(words)
nums = [5, 3, 8, 1]
nums.sort(reverse=True)
print(nums, sorted("hello"), sorted([3, 1, 2]) is not None)
