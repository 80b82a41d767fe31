# int(s) of short decimal strs (read from the str's units without a JS string): signs, spaces, leading
# zeros, the 15-digit edge, and everything the fast path leaves to the full parser.
for s in ['0', '-0', '+5', ' 42 ', '\t-17\n', '007', '1_000', '123456789012345', '1234567890123456', '99999999999999999999', '', ' ', '-', '+', '1 2', '١٢٣', '12a', '\x0b7\x0c', '0x10', '1e3', '  +0000000000000000001  ', '\u20037', '-1073741824', '1073741824', '-1073741825']:
    try:
        v = int(s)
        print(repr(s), v, type(v))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
class S(str): pass
print(int(S('12')), bool.__new__(bool, 1) if False else int('5') + 1, int('12', 10), int(x='3') if False else 0)
