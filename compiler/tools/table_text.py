"""Shared by the table generators (gen_unicodedata.py, gen_ucd_3_2_0.py, gen_unicode_props.py):
base-36 numbers and "delta,record" runs, the text format the TypeScript loaders decode
(vm/modules/unicodedata_db.ts decodeRuns)."""


def b36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while True:
        s = digits[n % 36] + s
        n //= 36
        if n == 0:
            return s


def runs_of(record_of, first=0, limit=0x110000):
    """Lines "delta,record" (base 36): each run of code points sharing record_of(cp) starts
    delta after the previous run; before the first line, record `first` is implied (None: the
    first line starts the table at 0)."""
    runs = []
    prev_record = first
    prev_start = 0
    for c in range(limit):
        r = record_of(c)
        if r != prev_record:
            runs.append(f"{b36(c - prev_start)},{b36(r)}")
            prev_start = c
            prev_record = r
    return runs
