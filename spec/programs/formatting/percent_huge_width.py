# printf-style formatting: a width past Py_ssize_t or a precision past INT_MAX is a ValueError
# (str and bytes), not an attempt to build the string.
for fmt in ['%%%df' % 2**64, '%%.%df' % 2**64, '%%%dd' % 2**63, '%%.%dd' % 2**31, '%%%ds' % 2**70]:
    try:
        print(len(fmt % 3))
    except (ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
for fmt in [b'%%%dd' % 2**63, b'%%.%dd' % 2**31]:
    try:
        print(len(fmt % 3))
    except (ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
print('%5.2f|%-4d|%.3s' % (3.14159, 7, 'abcdef'))
