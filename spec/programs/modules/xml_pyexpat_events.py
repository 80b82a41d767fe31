# pyexpat: the handler calls expat makes for a set of well-formed documents (every handler set,
# character data split at newlines and references, CDATA, PIs, comments, XML declaration),
# with buffer_text on and off, ordered_attributes, and positions inside handlers.
# (Not here: a DefaultHandler sees '\n' where the document has '\r\n'; see lib/NOTES.md.)
import pyexpat

HANDLERS = ['StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler',
            'CharacterDataHandler', 'CommentHandler', 'StartCdataSectionHandler',
            'EndCdataSectionHandler', 'XmlDeclHandler', 'StartDoctypeDeclHandler',
            'EndDoctypeDeclHandler', 'DefaultHandler']

DOCS = [
    '<a/>',
    '<a x="1" y=\'2\'>t</a>',
    '<a>hi\nthere &amp; &lt;&#65;&#x42; end</a>',
    '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<a/>\n',
    '<a><!-- c --><?pi data  here?><?pi?></a>',
    '<a><![CDATA[x<y]]z\nw]]></a>',
    '<!-- c -->\n<a/>\n<!-- d -->\n',
    '<a x="a\tb\nc&#10;d" e="&quot;&apos;"/>',
    '<a>line1\nline2\n\n</a>\n',
    '<root>\n  <item id="1">one</item>\n  <item id="2">two</item>\n</root>\n',
    '<\u00e9 \u00fc="\u20ac">\U0001F600</\u00e9>',
]


def run(doc, opts=(), pos=False, only=None):
    out = []
    p = pyexpat.ParserCreate()
    for o in opts:
        setattr(p, o, True)
    for h in (only or HANDLERS):
        def mk(h):
            def f(*a):
                if pos:
                    out.append((h[:-7], a, p.CurrentLineNumber, p.CurrentColumnNumber,
                                p.CurrentByteIndex))
                else:
                    out.append((h[:-7],) + a)
            return f
        setattr(p, h, mk(h))
    r = p.Parse(doc, True)
    out.append(('Parse ->', r, p.CurrentLineNumber, p.CurrentColumnNumber))
    return out


for doc in DOCS:
    print('==', repr(doc))
    for line in run(doc):
        print('  ', line)
    print('  buffered:', run(doc, ('buffer_text', 'ordered_attributes'))[:-1])
    print('  positions:', run(doc, pos=True, only=HANDLERS[:4]))
    print('  default only:', run(doc, only=['DefaultHandler']))

p = pyexpat.ParserCreate()
p.buffer_text = True
p.buffer_size = 4
got = []
p.CharacterDataHandler = got.append
p.StartElementHandler = lambda n, a: got.append('<' + n + '>')
p.Parse('<a>ab\ncdefgh&amp;ij<b/>k</a>', True)
print('buffer_size 4:', got, p.buffer_used, p.buffer_size)
print(p.intern)
