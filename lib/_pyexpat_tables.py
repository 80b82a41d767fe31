# Tables for lib/pyexpat.py: expat's error codes and messages (expat 2.5.0, as CPython 3.11's
# pyexpat reports them), the content-model constants of pyexpat.model, and the regular
# expressions the scanner uses (XML 1.0 names, start tags, attributes, references).
# Invariants: MESSAGES[code] is expat's XML_ErrorString(code) word for word; the patterns work
# on text whose line ends were already folded to '\n' (pyexpat.py does that when decoding).
import re

MESSAGES = (None, 'out of memory', 'syntax error', 'no element found',
            'not well-formed (invalid token)', 'unclosed token', 'partial character',
            'mismatched tag', 'duplicate attribute', 'junk after document element',
            'illegal parameter entity reference', 'undefined entity',
            'recursive entity reference', 'asynchronous entity',
            'reference to invalid character number', 'reference to binary entity',
            'reference to external entity in attribute',
            'XML or text declaration not at start of entity', 'unknown encoding',
            'encoding specified in XML declaration is incorrect', 'unclosed CDATA section',
            'error in processing external entity reference', 'document is not standalone',
            'unexpected parser state - please send a bug report',
            'entity declared in parameter entity',
            'requested feature requires XML_DTD support in Expat',
            'cannot change setting once parsing has begun', 'unbound prefix',
            'must not undeclare prefix', 'incomplete markup in parameter entity',
            'XML declaration not well-formed', 'text declaration not well-formed',
            'illegal character(s) in public id', 'parser suspended', 'parser not suspended',
            'parsing aborted', 'parsing finished', 'cannot suspend in external parameter entity',
            'reserved prefix (xml) must not be undeclared or bound to another namespace name',
            'reserved prefix (xmlns) must not be declared or undeclared',
            'prefix must not be bound to one of the reserved namespace names',
            'invalid argument', 'a successful prior call to function XML_GetBuffer is required',
            'limit on input amplification factor (from DTD and entities) breached')

ERROR_NAMES = ('NO_MEMORY SYNTAX NO_ELEMENTS INVALID_TOKEN UNCLOSED_TOKEN PARTIAL_CHAR '
               'TAG_MISMATCH DUPLICATE_ATTRIBUTE JUNK_AFTER_DOC_ELEMENT PARAM_ENTITY_REF '
               'UNDEFINED_ENTITY RECURSIVE_ENTITY_REF ASYNC_ENTITY BAD_CHAR_REF BINARY_ENTITY_REF '
               'ATTRIBUTE_EXTERNAL_ENTITY_REF MISPLACED_XML_PI UNKNOWN_ENCODING INCORRECT_ENCODING '
               'UNCLOSED_CDATA_SECTION EXTERNAL_ENTITY_HANDLING NOT_STANDALONE UNEXPECTED_STATE '
               'ENTITY_DECLARED_IN_PE FEATURE_REQUIRES_XML_DTD CANT_CHANGE_FEATURE_ONCE_PARSING '
               'UNBOUND_PREFIX UNDECLARING_PREFIX INCOMPLETE_PE XML_DECL TEXT_DECL PUBLICID '
               'SUSPENDED NOT_SUSPENDED ABORTED FINISHED SUSPEND_PE RESERVED_PREFIX_XML '
               'RESERVED_PREFIX_XMLNS RESERVED_NAMESPACE_URI INVALID_ARGUMENT NO_BUFFER '
               'AMPLIFICATION_LIMIT_BREACH').split()

MODEL = {'XML_CTYPE_EMPTY': 1, 'XML_CTYPE_ANY': 2, 'XML_CTYPE_MIXED': 3, 'XML_CTYPE_NAME': 4,
         'XML_CTYPE_CHOICE': 5, 'XML_CTYPE_SEQ': 6, 'XML_CQUANT_NONE': 0, 'XML_CQUANT_OPT': 1,
         'XML_CQUANT_REP': 2, 'XML_CQUANT_PLUS': 3}

# error codes used by the scanner
SYNTAX = 2; NO_ELEMENTS = 3; INVALID_TOKEN = 4; UNCLOSED_TOKEN = 5; PARTIAL_CHAR = 6
TAG_MISMATCH = 7; DUPLICATE_ATTRIBUTE = 8; JUNK = 9; PARAM_ENTITY_REF = 10
UNDEFINED_ENTITY = 11; RECURSIVE_ENTITY_REF = 12; ASYNC_ENTITY = 13; BAD_CHAR_REF = 14
BINARY_ENTITY_REF = 15; ATTRIBUTE_EXTERNAL_ENTITY_REF = 16; MISPLACED_XML_PI = 17
UNKNOWN_ENCODING = 18; INCORRECT_ENCODING = 19; UNCLOSED_CDATA = 20; NOT_STANDALONE = 22
UNBOUND_PREFIX = 27; UNDECLARING_PREFIX = 28; XML_DECL = 30; FINISHED = 36
RESERVED_PREFIX_XML = 38; RESERVED_PREFIX_XMLNS = 39; RESERVED_NAMESPACE_URI = 40

_START = ('A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF'
          '\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD'
          '\U00010000-\U000EFFFF')
_CHAR = _START + '\\-.0-9\u00B7\u0300-\u036F\u203F-\u2040'
NAME = '[' + _START + '][' + _CHAR + ']*'
NAME_RE = re.compile(NAME)
NMTOKEN_RE = re.compile('[' + _CHAR + ']+')
NAME_START_RE = re.compile('[' + _START + ']')
NAME_CHAR_RE = re.compile('[' + _CHAR + ']')
_S = '[ \t\n]'
STAG_RE = re.compile('<(' + NAME + ')((?:' + _S + '+' + NAME + _S + '*=' + _S +
                     '*(?:"[^<"]*"|\'[^<\']*\'))*)' + _S + '*(/?)>')
ATTR_RE = re.compile('(' + NAME + ')' + _S + '*=' + _S + '*(?:"([^<"]*)"|\'([^<\']*)\')')
ETAG_RE = re.compile('</(' + NAME + ')' + _S + '*>')
REF_RE = re.compile('&(?:(' + NAME + ')|#([0-9]+)|#x([0-9a-fA-F]+));')
SPACE_RE = re.compile(_S + '+')
# characters that are never allowed in an XML document (besides lone surrogates)
BAD_CHAR_RE = re.compile('[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]')
XMLDECL_RE = re.compile('<\\?xml' + _S + '+version' + _S + '*=' + _S +
                        '*(?:"([^"]*)"|\'([^\']*)\')(?:' + _S + '+encoding' + _S + '*=' + _S +
                        '*(?:"([A-Za-z][-A-Za-z0-9._]*)"|\'([A-Za-z][-A-Za-z0-9._]*)\'))?(?:' +
                        _S + '+standalone' + _S + '*=' + _S +
                        '*(?:"(yes|no)"|\'(yes|no)\'))?' + _S + '*\\?>')
VERSION_RE = re.compile('[-A-Za-z0-9_.:]+')
# a complete DOCTYPE declaration (used to wait for all of it before parsing it)
DOCTYPE_RE = re.compile('<!DOCTYPE(?:[^\\[>"\']|"[^"]*"|\'[^\']*\')*'
                        '(?:\\[(?:[^\\]"\'<]|"[^"]*"|\'[^\']*\'|<!--.*?-->|<\\?.*?\\?>|<(?!!--|\\?))*'
                        '\\]' + _S + '*)?>', re.S)
PREDEFINED = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}
XML_NS = 'http://www.w3.org/XML/1998/namespace'
XMLNS_NS = 'http://www.w3.org/2000/xmlns/'


def char_ok(n):
    """Whether code point n may appear in an XML 1.0 document (the test of a &#n; reference)."""
    if n < 0x20:
        return n == 9 or n == 10 or n == 13
    if n < 0xD800:
        return True
    if n < 0xE000:
        return False
    return n <= 0x10FFFF and n != 0xFFFE and n != 0xFFFF
