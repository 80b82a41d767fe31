# pyexpat: malformed documents raise ExpatError (= pyexpat.error) with expat's message, code,
# line and column, also when fed in chunks; ErrorCode/ErrorLineNumber/ErrorColumnNumber after
# the error; the errors and model submodules; ParserCreate's argument checks.
import pyexpat
from pyexpat import errors, model

BAD = ['<a></b>', '<a>', '', '   ', 'abc', '<a/><b/>', '<a/>junk', '<a x="1" x="2"/>',
       '<a><b></a>', '<a>&#0;</a>', '<a>&#xD800;</a>', '<a>\x01</a>', '<a <b/>', '<a x=1/>',
       '<a x="<"/>', '<a>]]></a>', '<a><!-- a -- b --></a>', '<a><?xml version="1.0"?></a>',
       '<1/>', '<a>&</a>', '<a>&x</a>', '<a x="1"y="2"/>', '</a>', '<a><', '<a>&undefined;</a>',
       '<a x="&undef;"/>', '<a x="&#0;"/>', '<a x="a&b"/>', '<a><?Xml x?></a>',
       '<?xml encoding="utf-8"?><a/>', "<?xml version='1.0' encoding=\"bogus\"?><a/>",
       '<a>x</a>\n\n<b>', '<!DOCTYPE a [<!ENTITY e "&e;">]><a>&e;</a>',
       '<!DOCTYPE a [<!ENTITY e "<b>">]><a>&e;</a>', '<!DOCTYPE a [ junk ]><a/>',
       '<!DOCTYPE a><!DOCTYPE b><a/>', '<a/><!DOCTYPE a>', '<a>\n  <b>\n  </c>\n</a>',
       '<a><![CDATA[x', '<a><!-- x', '<a x="1', '<a>\u00e9&#1;</a>']

for doc in BAD:
    for chunk in (None, 2):
        p = pyexpat.ParserCreate()
        try:
            if chunk:
                for i in range(0, len(doc), chunk):
                    p.Parse(doc[i:i + chunk])
                p.Parse('', True)
            else:
                p.Parse(doc, True)
            print(repr(doc), chunk, 'parsed')
        except pyexpat.ExpatError as e:
            print(repr(doc), chunk, '->', e, e.code, e.lineno, e.offset,
                  errors.messages[e.code], p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber)

ns_bad = ['<p:a/>', '<a xmlns:p=""/>', '<a xmlns:xml="urn:x"/>', '<a xmlns:xmlns="urn:x"/>',
          '<a xmlns:p="http://www.w3.org/XML/1998/namespace"/>', '<a:b:c/>', '<:a/>',
          '<a xmlns:p="urn:p" :x="1"/>', '<a xmlns="urn:a b"/>']
for doc in ns_bad:
    try:
        pyexpat.ParserCreate(namespace_separator='}').Parse(doc, True)
    except pyexpat.error as e:
        print('ns', repr(doc), e, e.code)

p = pyexpat.ParserCreate()
p.Parse('<a/>', True)
try:
    p.Parse('<b/>', True)
except pyexpat.ExpatError as e:
    print('after the end:', e, e.code)
print(pyexpat.ExpatError is pyexpat.error, pyexpat.ExpatError.__module__,
      pyexpat.ErrorString(3), pyexpat.ErrorString(7))
print(errors.XML_ERROR_SYNTAX, errors.codes['mismatched tag'], len(errors.messages))
print(sorted((k, v) for k, v in vars(model).items() if k.startswith('XML')))
for args in [dict(namespace_separator='ab'), dict(encoding=1), dict(intern=[])]:
    try:
        pyexpat.ParserCreate(**args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pyexpat.ParserCreate(intern=None).intern, pyexpat.ParserCreate().intern)
p = pyexpat.ParserCreate()
for v in (0, 'x'):
    try:
        p.buffer_size = v
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    p.NoSuchHandler = None
except AttributeError:
    print('AttributeError for an unknown attribute')


def boom(name, attrs):
    raise RuntimeError('from handler ' + name)


p = pyexpat.ParserCreate()
p.StartElementHandler = boom
try:
    p.Parse('<a><b/></a>', True)
except RuntimeError as e:
    print('handler exception propagates:', e)
