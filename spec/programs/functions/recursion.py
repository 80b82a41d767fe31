# Recursion: factorial, mutual recursion, memoised fibonacci, deep recursion limit error.
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
def is_even(n): return True if n == 0 else is_odd(n - 1)
def is_odd(n): return False if n == 0 else is_even(n - 1)
memo = {}
def fib(n):
    if n < 2: return n
    if n not in memo: memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fact(20), is_even(100), is_odd(7), fib(90))
def forever(n): return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(fact(5))
