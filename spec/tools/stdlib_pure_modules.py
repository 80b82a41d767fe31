"""Uses pure-Python modules of CPython's standard library; spec/unit/stdlib_pure_modules.test.ts
runs it with the standard library on PYTHONPATH under python3 and pystm and compares the output
(the issue's "running pure-Python modules from CPython's stdlib from a path the user gives")."""
import argparse
import calendar
import datetime
import decimal
import difflib
import fractions
import os
import pathlib
import pprint
import shlex
import shutil
import statistics
import tempfile
import textwrap
import uuid

parser = argparse.ArgumentParser(prog='demo')
parser.add_argument('--count', type=int, default=1)
parser.add_argument('names', nargs='*')
print(parser.parse_args(['--count', '3', 'a', 'b']))
print(textwrap.fill('The quick brown fox jumps over the lazy dog ' * 3, 30))
print(textwrap.dedent('    a\n      b\n'), end='')
start = datetime.datetime(2024, 2, 28, 23, 30)
print(start + datetime.timedelta(hours=1), (start - datetime.datetime(2000, 1, 1)).days,
      start.strftime('%Y-%m-%d %H:%M'), datetime.date(2024, 3, 1).isoweekday())
print(calendar.month(2024, 2))
print(list(difflib.unified_diff(['a\n', 'b\n', 'c\n'], ['a\n', 'B\n', 'c\n'], 'x', 'y')))
pprint.pprint({'key%d' % i: list(range(i)) for i in range(8)}, width=60)
print(shlex.split('cmd --flag "two words" \'single\''), shlex.quote("it's"))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'https://python.org'), uuid.UUID(int=255))
root = pathlib.Path(tempfile.mkdtemp())
try:
    (root / 'sub').mkdir()
    (root / 'sub' / 'a.txt').write_text('alpha\n')
    shutil.copy2(root / 'sub' / 'a.txt', root / 'b.txt')
    shutil.copytree(root / 'sub', root / 'copy')
    print(sorted(str(p.relative_to(root)) for p in root.rglob('*')))
    print((root / 'copy' / 'a.txt').read_text(), end='')
    print(pathlib.PurePosixPath('/a/b/c.tar.gz').suffixes, pathlib.PurePosixPath('a') / 'b')
finally:
    shutil.rmtree(root)
print(os.path.exists(root))
decimal.getcontext().prec = 30
print(decimal.Decimal(1) / decimal.Decimal(7), decimal.Decimal('1.1') + decimal.Decimal('2.2'), decimal.Decimal(2).sqrt())
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 6), fractions.Fraction('0.125'), fractions.Fraction(1.1).limit_denominator(100))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
# pystm's lib/codecs.py under CPython's encodings/ package (which puts the _codecs functions in
# classes as attributes and subclasses codecs' base classes)
import codecs
import io
print(codecs.lookup('cp1252').name, '\u20ac\xe9'.encode('cp1252'), b'\x80'.decode('cp1252'), codecs.lookup('mac-roman').name)
utf8_decoder = codecs.getincrementaldecoder('utf-8')()
print(repr(utf8_decoder.decode(b'a\xe2\x82')), utf8_decoder.decode(b'\xac'))
print(codecs.getreader('utf-16')(io.BytesIO('a\xe9\nb'.encode('utf-16'))).readlines())
print(list(codecs.iterdecode([b'\xff', b'\xfea', b'\x00'], 'utf-16')), codecs.encode(b'hi', 'base64'))
