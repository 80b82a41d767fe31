# raise SystemExit with no argument exits 0; finally blocks still run.
try:
    print("body")
    raise SystemExit
finally:
    print("cleanup")
