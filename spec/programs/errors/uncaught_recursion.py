# Uncaught RecursionError: traceback repeats are summarised; last line is the message.
def down(n):
    return down(n + 1)
down(0)
