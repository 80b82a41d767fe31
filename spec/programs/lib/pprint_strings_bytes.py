# pprint splits long str at spaces and line ends, and bytes/bytearray in 4-byte groups
import pprint
s = 'The quick brown fox jumped over the lazy dog. ' * 4 + '\nsecond line\n'
pprint.pprint(s, width=30)
pprint.pprint({'s': s}, width=30)
pprint.pprint([s, 'tail'], width=25)
pprint.pprint('x' * 100, width=20)
pprint.pprint('a\tb\u00e9 ' * 12, width=20)
pprint.pprint(bytes(range(40)), width=30)
pprint.pprint(bytearray(range(40)), width=30)
pprint.pprint([bytes(range(40))], width=30)
pprint.pprint(b'abcd', width=1)
pprint.pprint(bytearray(b'abcdefgh'), width=1)
