# SystemExit with a non-int, non-None code prints it and exits 1.
raise SystemExit(["x", 1])
