# The smallest pystm program: prints a greeting and a few computed values.
import sys


def greet(name: str) -> str:
    return f"Hello, {name}! This is Python {sys.version_info[0]}.{sys.version_info[1]}."


squares = [n * n for n in range(10)]
print(greet("pystm"))
print("squares:", squares, "sum:", sum(squares))
