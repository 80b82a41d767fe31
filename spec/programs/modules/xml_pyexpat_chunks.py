# pyexpat: a document fed in small chunks (str and bytes; UTF-8 split inside characters, UTF-16
# with a BOM, latin-1 from the XML declaration, the ParserCreate encoding) makes the handler calls
# expat makes for those chunks, and ParseFile reads a file object.
import io
import pyexpat

DOC = ('<?xml version="1.0"?>\n<!DOCTYPE r [\n<!ENTITY e "entity text">\n]>\n'
       '<r a="1&amp;2" b=\'x\'>\n  text &e; more\n  <![CDATA[cd]]ata]]>\n'
       '  <?pi some data?><!-- note -->\n  <s>caf\u00e9 \u20ac</s><t/>\n</r>\n')


def trace(chunks, encoding=None, buffered=False):
    out = []
    p = pyexpat.ParserCreate(encoding)
    p.buffer_text = buffered
    for h in ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler',
              'ProcessingInstructionHandler', 'CommentHandler', 'StartCdataSectionHandler',
              'EndCdataSectionHandler', 'XmlDeclHandler', 'StartDoctypeDeclHandler',
              'EndDoctypeDeclHandler', 'EntityDeclHandler']:
        def mk(h):
            return lambda *a: out.append((h[:-7],) + a)
        setattr(p, h, mk(h))
    for c in chunks:
        p.Parse(c, False)
        out.append('|')
    p.Parse(b'' if chunks and isinstance(chunks[0], bytes) else '', True)
    return out


def split(data, n):
    return [data[i:i + n] for i in range(0, len(data), n)]


for n in (1, 2, 3, 7, 1000):
    print('str chunks of', n, trace(split(DOC, n)))
    print('  buffered', trace(split(DOC, n), buffered=True))
for n in (1, 5):
    print('utf-8 bytes of', n, trace(split(DOC.encode('utf-8'), n)))
print('utf-16', trace(split(DOC.encode('utf-16'), 3)))
print('utf-16-be no BOM', trace([DOC.replace('<?xml version="1.0"?>', '').encode('utf-16-be')]))
latin = DOC.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="iso-8859-1"?>')
latin = latin.replace(' \u20ac', '')
print('latin-1', trace(split(latin.encode('latin-1'), 4)))
print('protocol encoding', trace([latin.replace('iso-8859-1', 'utf-8').encode('latin-1')],
                                 encoding='iso-8859-1'))
print('cp1252', trace([b'<?xml version="1.0" encoding="windows-1252"?><a>\x80\x93</a>']))

p = pyexpat.ParserCreate()
seen = []
p.StartElementHandler = lambda n, a: seen.append((n, a, p.CurrentLineNumber,
                                                  p.CurrentColumnNumber, p.CurrentByteIndex))
print(p.ParseFile(io.BytesIO(DOC.encode() * 1)), seen)
p = pyexpat.ParserCreate()
p.CharacterDataHandler = seen.append
print(p.ParseFile(io.BytesIO(b'<a>' + b'x' * 5000 + b'</a>')), len(seen),
      [len(s) for s in seen[-3:]])
for f in (42, io.StringIO('<a/>')):
    try:
        pyexpat.ParserCreate().ParseFile(f)
    except TypeError as e:
        print('TypeError', e)
