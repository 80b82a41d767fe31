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
# email and http.client load on pystm's _socket and select (no network sockets: constants,
# address helpers and localhost only), zipfile and pkgutil on its importlib.util
import email
import email.message
import email.policy
import email.utils
import http
import http.client
import pkgutil
import socket
import zipfile
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
m = email.message_from_string('From: a@b.c\nTo: d@e.f\nSubject: Hi there\nContent-Type: text/plain; charset="utf-8"\n\nBody line\n')
print(m['Subject'], m.get_content_type(), repr(m.get_payload()), m.get_param('charset'))
msg = MIMEMultipart()
msg['Subject'] = 'multi'
msg.attach(MIMEText('part one'))
msg.attach(MIMEText('<b>x</b>', 'html'))
print(len(msg.get_payload()), [p.get_content_type() for p in msg.walk()])
em = email.message.EmailMessage()
em['To'] = 'x@y.z'
em.set_content('hello\n')
print(em.as_string(policy=email.policy.default.clone(linesep='\n')).count('\n'))
print(email.utils.parseaddr('Joe <joe@x.org>'), email.utils.formataddr(('Ann', 'ann@x.org')), email.utils.parsedate_to_datetime('Tue, 01 Nov 2022 10:00:00 +0000'))
print(socket.AF_INET, repr(socket.AF_INET), repr(socket.SOCK_STREAM), socket.inet_aton('127.0.0.1'), socket.inet_ntoa(b'\x0a\x00\x00\x01'), socket.htons(1), socket.gethostbyname('localhost'))
print(socket.inet_pton(socket.AF_INET6, '::1'), socket.inet_ntop(socket.AF_INET6, b'\x00' * 15 + b'\x01'), socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM))
print(http.HTTPStatus.NOT_FOUND, http.HTTPStatus(200).phrase, http.client.responses[404])
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    z.writestr('a.txt', 'hello')
    z.writestr('d/b.txt', b'bytes' * 10)
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
    print(z.namelist(), z.read('a.txt'), [i.file_size for i in z.infolist()], z.testzip())
print(sorted(m.name for m in pkgutil.iter_modules([os.path.dirname(zipfile.__file__) + '/json'])))
