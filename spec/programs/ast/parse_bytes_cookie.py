# compile(), exec() and ast.parse() of bytes decode them as a source file: the coding cookie,
# a UTF-8 byte order mark, else UTF-8
import ast

koi8 = b'# -*- coding: koi8-r -*-\ns = "\xf0\xc9\xd4\xcf\xce"\n'  # 'Питон' in KOI8-R
print(ast.parse(koi8).body[0].value.value)
namespace = {}
exec(koi8, namespace)
print(namespace['s'], len(namespace['s']))
exec('# coding: latin-1\nprint("café")\n'.encode('latin-1'))
exec(b'\xef\xbb\xbfprint("bom")')
print(eval(compile('"é" * 2'.encode(), '<bytes>', 'eval')))
