# dir() of a traceback lists only its four attributes (CPython's tb_dir).
try:
    raise IndexError
except IndexError as e:
    print(dir(e.__traceback__))
    print(e.__traceback__.tb_lineno)
