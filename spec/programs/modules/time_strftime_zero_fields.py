# time.strftime accepts 0 for the month and the day of month (they mean the first), as
# CPython's does ("0 is a legal argument for any position in the time tuple").
import time

print(time.strftime('%Y-%m-%d %H:%M:%S %j', (1,) + (0,) * 8))
print(time.strftime('%Y %m %d', (2024, 0, 15, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%Y %m %d', (2024, 3, 0, 0, 0, 0, 0, 0, 0)))
for bad in ((2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, -1, 1, 0, 0, 0, 0, 1, 0)):
    try:
        time.strftime('%Y', bad)
    except ValueError as e:
        print('ValueError', e)
