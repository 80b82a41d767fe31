# pyexpat: the DOCTYPE declaration and its internal subset: entity, element, attribute-list and
# notation declarations reach their handlers (content models as pyexpat.model tuples), internal
# entities expand in content and attributes, attribute defaults apply, undeclared entities are
# skipped when there is an external subset; namespace processing with its handlers.
import pyexpat

ALL = ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler',
       'UnparsedEntityDeclHandler', 'NotationDeclHandler', 'StartNamespaceDeclHandler',
       'EndNamespaceDeclHandler', 'CommentHandler', 'ProcessingInstructionHandler',
       'NotStandaloneHandler', 'ExternalEntityRefHandler', 'StartDoctypeDeclHandler',
       'EndDoctypeDeclHandler', 'EntityDeclHandler', 'ElementDeclHandler',
       'AttlistDeclHandler', 'SkippedEntityHandler', 'DefaultHandler']

DOCS = [
    '<!DOCTYPE a>\n<a/>',
    '<!DOCTYPE a SYSTEM "a.dtd">\n<a>&foo;</a>',
    '<!DOCTYPE a PUBLIC "-//A//B" "a.dtd"><a/>',
    '<!DOCTYPE a [\n<!ENTITY e "hello">\n<!ENTITY f "<b>x</b>&e;">\n]>\n<a>&e; &f;</a>',
    '<!DOCTYPE a [<!ELEMENT a (b|c)*><!ELEMENT b (#PCDATA)><!ELEMENT c EMPTY>'
    '<!ATTLIST a x CDATA "d" y (p|q) #REQUIRED z ID #IMPLIED>]><a/>',
    '<!DOCTYPE a [<!ATTLIST a x CDATA "dflt" n NMTOKENS " a  b ">]><a n=" p   q "/>',
    '<!DOCTYPE a [<!NOTATION n SYSTEM "x"><!ENTITY u SYSTEM "u.bin" NDATA n>'
    '<!ENTITY ext SYSTEM "e.xml">]><a>&ext;</a>',
    '<!DOCTYPE a [<!ELEMENT a ((b,c)?,d+)><!ELEMENT e ANY><!ELEMENT f (#PCDATA|g|h)*>]><a/>',
    '<?xml version="1.0" standalone="yes"?><!DOCTYPE a [<!ENTITY e "v">]><a>&e;</a>',
    '<!DOCTYPE a [<!ENTITY e "x&#60;y">]><a x="&e;">&e;</a>',
    '<!DOCTYPE a [<!ENTITY e "a\tb\nc">]><a x="&e;">&e;</a>',
    '<!DOCTYPE a [<!-- c --><?pi x?>]><a/>',
    '<!DOCTYPE a [<!ENTITY e "<b>x</b>">]><a>1&e;2</a>',
]


def run(doc, only=ALL, ns=None, opts=()):
    out = []
    p = pyexpat.ParserCreate(namespace_separator=ns)
    for o in opts:
        setattr(p, o, True)
    for h in only:
        def mk(h):
            def f(*a):
                out.append((h[:-7],) + a)
                return 1
            return f
        setattr(p, h, mk(h))
    try:
        p.Parse(doc, True)
    except pyexpat.ExpatError as e:
        out.append(('error', str(e)))
    return out


for doc in DOCS:
    print('==', repr(doc))
    for line in run(doc):
        print('  ', line)
    print('  expanding default:', run(doc, ['DefaultHandlerExpand', 'StartElementHandler']))
    print('  content only:', run(doc, ['StartElementHandler', 'CharacterDataHandler'],
                                 opts=('buffer_text', 'specified_attributes')))

NS = ['<a xmlns="urn:d" xmlns:p="urn:p"><p:b p:x="1" y="2"/><c/></a>',
      '<a xml:lang="en"/>', '<a xmlns="urn:x"><b xmlns=""/></a>',
      '<r xmlns:a="urn:a"><a:s xmlns:b="urn:b" b:k="v">t</a:s></r>']
for doc in NS:
    print('ns', repr(doc))
    print('  ', run(doc, ALL[:7], ns='}'))
    print('  ', run(doc, ALL[:2], ns=' ', opts=('namespace_prefixes', 'ordered_attributes')))

p = pyexpat.ParserCreate()
p.SetBase('base/')
print(p.GetBase(), run('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a/>', ['EntityDeclHandler']))
