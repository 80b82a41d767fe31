# CPython's pure-Python xml.etree.ElementTree, xml.dom.minidom and plistlib (from PYTHONPATH) on
# top of pystm's lib/pyexpat.py: spec/unit/xml_stdlib.test.ts compares this program's output under
# pystm with python3's (which uses C expat and C _elementtree; the results must be the same).
import io
import sys
import xml.etree.ElementTree as ET
import xml.dom.minidom as minidom
import plistlib
import datetime

DOC = '''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE catalog [
  <!ENTITY pub "Example &amp; Co">
]>
<catalog xmlns="urn:books" xmlns:x="urn:extra">
  <!-- a comment -->
  <book id="b1" x:rating="5">
    <title>XML &amp; You</title>
    <author>&pub;</author>
    <note><![CDATA[<raw> & text]]></note>
    <?render fast?>
  </book>
  <book id="b2"><title>Second</title><empty/></book>
</catalog>
'''

root = ET.fromstring(DOC)
print(root.tag, root.attrib, len(root))
for book in root:
    print(' ', book.tag, sorted(book.attrib.items()))
    for child in book:
        print('   ', child.tag, repr(child.text), repr(child.tail))
print(ET.tostring(root, encoding='unicode'))
tree = ET.parse(io.BytesIO(DOC.encode('utf-8')))
print(tree.getroot().find('{urn:books}book/{urn:books}title').text)
print([e.get('id') for e in tree.iterfind('.//{urn:books}book')])

parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
parser.feed(DOC[:100])
parser.feed(DOC[100:])
r2 = parser.close()
print([c.tag if isinstance(c.tag, str) else c.tag.__name__ for c in r2.iter()])

events = []
for ev, el in ET.iterparse(io.BytesIO(DOC.encode()), events=('start', 'end', 'start-ns',
                                                            'end-ns', 'comment', 'pi')):
    tag = el if ev in ('start-ns', 'end-ns') else el.tag
    events.append((ev, tag.__name__ if callable(tag) else tag))
print(events)

pull = ET.XMLPullParser(events=('start', 'end'))
for i in range(0, len(DOC), 17):
    pull.feed(DOC[i:i + 17])
    print([(ev, el.tag) for ev, el in pull.read_events()])
pull.close()

html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html><p>&nbsp;x&copy;</p></html>')
xp = ET.XMLParser()
xp.entity['nbsp'] = '\u00a0'
xp.entity['copy'] = '(c)'
xp.feed(html)
print(repr(ET.tostring(xp.close(), encoding='unicode')))

for bad in ['<a><b></a>', '<a>', '<a>&bogus;</a>', '<a x="1" x="2"/>', '', '<a/>junk',
            '<!DOCTYPE x SYSTEM "y"><a>&undefined;</a>']:
    try:
        ET.fromstring(bad)
        print('parsed', repr(bad))
    except ET.ParseError as e:
        print('ParseError', repr(bad), e, e.code, e.position)

print(ET.canonicalize('<a  b="2"   a="1"><!-- c --><c/></a>'))
el = ET.Element('r', {'k': 'v<&>"'})
ET.SubElement(el, 'c').text = 'caf\u00e9 \u20ac'
data = ET.tostring(el, encoding='utf-8', xml_declaration=True)
print(data, ET.tostring(ET.fromstring(data), encoding='unicode'))
print(ET.fromstring('<a>é</a>'.encode('iso-8859-1').join([b'<?xml version="1.0" encoding="iso-8859-1"?>', b''])).text)

# minidom
dom = minidom.parseString(DOC)
print(dom.documentElement.tagName, dom.doctype.name if dom.doctype else None)
print([b.getAttribute('id') for b in dom.getElementsByTagName('book')])
print(dom.toxml())
print(minidom.parseString('<r><a k="1">t</a><b/></r>').toprettyxml(indent='  '))
d2 = minidom.parse(io.BytesIO(b'<?xml version="1.0" encoding="utf-8"?><r xmlns:p="urn:p"><p:x p:a="1"/></r>'))
x = d2.documentElement.firstChild
print(x.namespaceURI, x.localName, x.prefix, x.getAttributeNS('urn:p', 'a'))
try:
    minidom.parseString('<a><b></a>')
except Exception as e:
    print(type(e).__name__, e)

# plistlib
value = {'name': 'pystm', 'n': 42, 'pi': 3.5, 'ok': True, 'items': [1, 'two', {'three': 3}],
         'blob': b'\x00\x01binary', 'when': datetime.datetime(2026, 12, 5, 1, 2, 3),
         'neg': -7, 'empty': {}, 'esc': 'a<b>&c'}
xml_bytes = plistlib.dumps(value)
print(xml_bytes.decode())
print(plistlib.loads(xml_bytes) == value, sorted(plistlib.loads(xml_bytes)))
print(plistlib.loads(plistlib.dumps(value, fmt=plistlib.FMT_BINARY)) == value)
try:
    plistlib.loads(b'<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY e "x">]><plist><string>&e;</string></plist>')
except plistlib.InvalidFileException as e:
    print('InvalidFileException', e)
print('done')
