# Check script for lib/linecache: getline/getlines on this file and on files written here,
# missing files, pseudo-files, clearcache/checkcache after a change. Output must equal CPython's.
import linecache

HERE = __file__
print('line 1', repr(linecache.getline(HERE, 1)))
print('line 3', repr(linecache.getline(HERE, 3)))
print('line 0', repr(linecache.getline(HERE, 0)))
print('line big', repr(linecache.getline(HERE, 100000)))
print('count', len(linecache.getlines(HERE)) > 10)
print('missing', repr(linecache.getline('/nonexistent/file.py', 1)), linecache.getlines('/nonexistent/file.py'))
print('pseudo', linecache.getlines('<string>'), linecache.getlines(''))
print('cached', HERE in linecache.cache)

path = '/tmp/_pystm_linecache_check.txt'
with open(path, 'w') as f:
    f.write('first\nsecond\r\nthird')
print('crlf+no final newline', linecache.getlines(path))
with open(path, 'w') as f:
    f.write('changed\n')
print('stale before checkcache', linecache.getline(path, 1).strip())
linecache.checkcache(path)
print('after checkcache', linecache.getline(path, 1).strip())
with open(path, 'w') as f:
    f.write('again\n')
linecache.checkcache()
print('after checkcache all', linecache.getline(path, 1).strip())
linecache.clearcache()
print('cleared', path in linecache.cache, linecache.cache == {})
with open(path, 'w', encoding='utf-8') as f:
    f.write('caf\u00e9 \u20ac\n\n   indented\t\n')
print('utf-8', linecache.getlines(path))
with open(path, 'wb') as f:
    f.write(b'# -*- coding: latin-1 -*-\nx = "\xe9"\n')
print('still cached', linecache.getlines(path)[0])
linecache.clearcache()
print('latin-1', linecache.getlines(path))
with open(path, 'w') as f:
    f.write('')
linecache.checkcache(path)
print('empty', linecache.getlines(path))
print('updatecache', linecache.updatecache(HERE)[0] == linecache.getline(HERE, 1))
linecache.clearcache()
