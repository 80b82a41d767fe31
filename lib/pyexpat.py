# pyexpat written in Python: a non-validating XML 1.0 parser with the API of CPython 3.11's
# pyexpat (expat 2.5.0), so xml.etree.ElementTree, xml.dom.minidom, xml.sax and plistlib parse.
# State rule: every bit of parser state is an ordinary Python object (a parser fed by Parse()
# may continue on another worker). The document is decoded to text as it arrives (line ends
# folded to '\n'); the scanner walks that text with str.find and compiled patterns, calling the
# handlers with the same pieces expat would (character data split at newlines, references and
# chunk ends; one piece per token). The DTD (internal subset) is handled in _pyexpat_dtd.py.
# Positions are indices into self._buf; line, column and byte index are computed on demand.
import sys
import codecs
from _pyexpat_tables import (MESSAGES, ERROR_NAMES, MODEL, NAME_RE, NAME_START_RE, STAG_RE,
                             ATTR_RE, ETAG_RE, REF_RE, SPACE_RE, BAD_CHAR_RE, XMLDECL_RE,
                             VERSION_RE, DOCTYPE_RE, PREDEFINED, XML_NS, XMLNS_NS, char_ok)
import _pyexpat_tables as _t

EXPAT_VERSION = 'expat_2.5.0'
version_info = (2, 5, 0)
native_encoding = 'UTF-8'
features = [('sizeof(XML_Char)', 1), ('sizeof(XML_LChar)', 1), ('XML_DTD', 0),
            ('XML_CONTEXT_BYTES', 1024), ('XML_NS', 0), ('XML_BLAP_MAX_AMP', 100),
            ('XML_BLAP_ACT_THRES', 8388608)]
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2
expat_CAPI = None


class ExpatError(Exception):
    pass


ExpatError.__module__ = 'xml.parsers.expat'
error = ExpatError


def _submodule(name, doc, values):
    mod = type(sys)(name, doc)
    for k, v in values.items():
        setattr(mod, k, v)
    sys.modules[name] = mod
    return mod


errors = _submodule('pyexpat.errors', 'Constants used to describe error conditions.',
                    {'XML_ERROR_' + n: MESSAGES[i + 1] for i, n in enumerate(ERROR_NAMES)})
errors.codes = {MESSAGES[i]: i for i in range(1, len(MESSAGES))}
errors.messages = {i: MESSAGES[i] for i in range(1, len(MESSAGES))}
model = _submodule('pyexpat.model', 'Constants used to interpret content model information.',
                   MODEL)


def ErrorString(code):
    """Returns string error for given number."""
    if 0 < code < len(MESSAGES):
        return MESSAGES[code]
    return None


_HANDLERS = ('StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler',
             'CharacterDataHandler', 'UnparsedEntityDeclHandler', 'NotationDeclHandler',
             'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'CommentHandler',
             'StartCdataSectionHandler', 'EndCdataSectionHandler', 'DefaultHandler',
             'DefaultHandlerExpand', 'NotStandaloneHandler', 'ExternalEntityRefHandler',
             'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler',
             'XmlDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler',
             'SkippedEntityHandler')

# scanner states
_XMLDECL = 0      # at the very start: an XML declaration may come
_PROLOG = 1       # before the root element
_CONTENT = 2      # inside the root element
_CDATA = 3        # inside a CDATA section
_EPILOG = 4       # after the root element
_DONE = 5         # the final Parse() call succeeded
_DTD = 6          # inside the internal subset of the DOCTYPE declaration

_WS = str.maketrans('\t\n', '  ')


class _NeedMore(Exception):
    pass


def _pieces(seg):
    """expat's character-data tokens of a text without markup: runs and single newlines."""
    if '\n' not in seg:
        return (seg,)
    out = []
    first = True
    for part in seg.split('\n'):
        if not first:
            out.append('\n')
        first = False
        if part:
            out.append(part)
    return out


def _cdata_pieces(seg):
    """The tokens of CDATA-section text: split at newlines and before every ']'."""
    out = []
    for piece in _pieces(seg):
        if ']' in piece and piece != '\n':
            start = 0
            i = piece.find(']', 1)
            while i > 0:
                out.append(piece[start:i])
                start = i
                i = piece.find(']', i + 1)
            out.append(piece[start:])
        else:
            out.append(piece)
    return out


def _utf8_slices(s, limit):
    if s.isascii():
        return [s[i:i + limit] for i in range(0, len(s), limit)]
    out = []
    start = 0
    used = 0
    for i, ch in enumerate(s):
        n = 1 if ch < '\x80' else 2 if ch < '\u0800' else 3 if ch < '\U00010000' else 4
        if used + n > limit:
            out.append(s[start:i])
            start = i
            used = 0
        used += n
    out.append(s[start:])
    return out


def _utf8len(s):
    return len(s) if s.isascii() else len(s.encode('utf-8', 'surrogatepass'))


class xmlparser:
    """XML parser"""
    __slots__ = tuple(h for h in _HANDLERS if not h.startswith('Default')) + (
        '_buf', '_pos', '_state', '_final', '_stack', '_nstack', '_ns', '_nsmap', '_nsprefixes',
        '_intern', '_ordered', '_specified', '_cbuf', '_cused', '_bsize', '_dslot', '_expand',
        '_evpos', '_lcp', '_lcl', '_lcc', '_bline', '_bcol', '_bbyte', '_benc', '_decoder',
        '_raw', '_encoding', '_pending_cr', '_bad', '_err', '_started', '_entities',
        '_pentities', '_attdefs', '_has_pe_refs', '_standalone', '_open_ents', '_base',
        '_pe_parsing', '_foreign_dtd', '_doctype_seen', '_dtd', '_pe_error', '_conv', '_in_handler', '_ext_entity',
        '_dh', '_dhx', '__weakref__')

    def __init__(self, encoding=None, namespace_separator=None, intern=None):
        for h in _HANDLERS:
            if not h.startswith('Default'):
                setattr(self, h, None)
        self._dh = None
        self._dhx = None
        self._buf = ''
        self._pos = 0
        self._state = _XMLDECL
        self._final = False
        self._stack = []
        self._nstack = []
        self._ns = namespace_separator
        self._nsmap = {'xml': XML_NS}
        self._nsprefixes = False
        self._intern = intern
        self._ordered = False
        self._specified = False
        self._cbuf = None
        self._cused = 0
        self._bsize = 8192
        self._dslot = 0
        self._expand = True
        self._evpos = -1
        self._lcp = 0
        self._lcl = 1
        self._lcc = 0
        self._bline = 1
        self._bcol = 0
        self._bbyte = 0
        self._benc = 'utf-8'
        self._decoder = None
        self._raw = b''
        self._encoding = encoding
        self._pending_cr = False
        self._bad = None
        self._err = None
        self._started = False
        self._entities = {}
        self._pentities = {}
        self._attdefs = {}
        self._has_pe_refs = False
        self._standalone = -1
        self._open_ents = []
        self._base = None
        self._pe_parsing = 0
        self._foreign_dtd = False
        self._doctype_seen = False
        self._dtd = None
        self._conv = False
        self._in_handler = False
        self._ext_entity = False

    def __repr__(self):
        return '<pyexpat.xmlparser object at %#x>' % id(self)

    # ---- attributes -------------------------------------------------------------------
    @property
    def intern(self):
        return self._intern

    @property
    def buffer_text(self):
        return self._cbuf is not None

    @buffer_text.setter
    def buffer_text(self, value):
        if value:
            if self._cbuf is None:
                self._cbuf = []
                self._cused = 0
        elif self._cbuf is not None:
            self._flush()
            self._cbuf = None

    @property
    def buffer_size(self):
        return self._bsize

    @buffer_size.setter
    def buffer_size(self, value):
        if not isinstance(value, int):
            raise TypeError('buffer_size must be an integer')
        if value <= 0:
            raise ValueError('buffer_size must be greater than zero')
        if value > 2147483647:
            raise ValueError('buffer_size must not be greater than %d' % 2147483647)
        if value != self._bsize and self._cbuf is not None:
            self._flush()
        self._bsize = value

    @property
    def buffer_used(self):
        return self._cused if self._cbuf is not None else 0

    @property
    def ordered_attributes(self):
        return self._ordered

    @ordered_attributes.setter
    def ordered_attributes(self, value):
        self._ordered = bool(value)

    @property
    def specified_attributes(self):
        return self._specified

    @specified_attributes.setter
    def specified_attributes(self, value):
        self._specified = bool(value)

    @property
    def namespace_prefixes(self):
        return self._nsprefixes

    @namespace_prefixes.setter
    def namespace_prefixes(self, value):
        self._nsprefixes = bool(value)

    def _default_handler(self):
        s = self._dslot
        if s == 1:
            return self._dh
        if s == 2:
            return self._dhx
        return None

    # expat has one default-handler slot: setting either kind replaces it, None empties it
    @property
    def DefaultHandler(self):
        return self._dh

    @DefaultHandler.setter
    def DefaultHandler(self, value):
        self._dh = value
        self._dslot = 0 if value is None else 1
        self._expand = False

    @property
    def DefaultHandlerExpand(self):
        return self._dhx

    @DefaultHandlerExpand.setter
    def DefaultHandlerExpand(self, value):
        self._dhx = value
        self._dslot = 0 if value is None else 2
        self._expand = value is not None

    # ---- positions --------------------------------------------------------------------
    def _linecol(self, p):
        buf = self._buf
        if p > len(buf):
            p = len(buf)
        q = self._lcp
        if p < q:
            q = 0
            self._lcl = self._bline
            self._lcc = self._bcol
        n = buf.count('\n', q, p)
        if n:
            line = self._lcl + n
            col = p - buf.rfind('\n', q, p) - 1
        else:
            line = self._lcl
            col = self._lcc + p - q
        self._lcp = p
        self._lcl = line
        self._lcc = col
        return line, col

    def _byteindex(self, p):
        text = self._buf[:p]
        if self._benc == 'utf-8':
            return self._bbyte + _utf8len(text)
        try:
            return self._bbyte + len(text.encode(self._benc))
        except UnicodeError:
            return self._bbyte + len(text)

    def _curpos(self):
        return self._evpos if self._evpos >= 0 else self._pos

    @property
    def CurrentLineNumber(self):
        return self._linecol(self._curpos())[0]

    @property
    def CurrentColumnNumber(self):
        return self._linecol(self._curpos())[1]

    @property
    def CurrentByteIndex(self):
        if not self._started:
            return -1
        return self._byteindex(self._curpos())

    @property
    def ErrorCode(self):
        return self._err[0] if self._err else 0

    @property
    def ErrorLineNumber(self):
        return self._err[1] if self._err else self.CurrentLineNumber

    @property
    def ErrorColumnNumber(self):
        return self._err[2] if self._err else self.CurrentColumnNumber

    @property
    def ErrorByteIndex(self):
        return self._err[3] if self._err else self.CurrentByteIndex

    # ---- methods ----------------------------------------------------------------------
    def SetBase(self, base):
        self._base = base

    def GetBase(self):
        return self._base

    def GetInputContext(self):
        if self._evpos < 0:
            return None
        return self._buf[self._evpos:].encode('utf-8')

    def SetParamEntityParsing(self, flag):
        self._pe_parsing = flag
        return 1 if not self._started else 0

    def UseForeignDTD(self, flag=True):
        if self._started:
            self._raise_now(_t.CANT_CHANGE_FEATURE_ONCE_PARSING
                            if hasattr(_t, 'CANT_CHANGE_FEATURE_ONCE_PARSING') else 26)
        self._foreign_dtd = bool(flag)
        return None

    def ExternalEntityParserCreate(self, context, encoding=None):
        p = xmlparser(encoding if encoding is not None else self._encoding, self._ns,
                      self._intern)
        for h in _HANDLERS:
            if not h.startswith('Default'):
                setattr(p, h, getattr(self, h))
        p._dh = self._dh
        p._dhx = self._dhx
        p._dslot = self._dslot
        p._expand = self._expand
        p._ordered = self._ordered
        p._specified = self._specified
        p._nsprefixes = self._nsprefixes
        p._entities = self._entities
        p._attdefs = self._attdefs
        p._has_pe_refs = self._has_pe_refs
        p._nsmap = dict(self._nsmap)
        if self._cbuf is not None:
            p._cbuf = []
            p._bsize = self._bsize
        p._ext_entity = True
        if context is None:
            p._state = _PROLOG
        return p

    def _raise_now(self, code):
        line, col = self._linecol(self._pos)
        raise self._make_error(code, line, col)

    def _make_error(self, code, line, col):
        err = ExpatError('%s: line %d, column %d' % (MESSAGES[code], line, col))
        err.code = code
        err.lineno = line
        err.offset = col
        return err

    def _fail(self, code, p):
        """Record and raise expat error `code` at text position p."""
        if self._open_ents:
            line, col, byte = self._open_ents[0][3]
        else:
            line, col = self._linecol(p)
            byte = self._byteindex(p)
        self._err = (code, line, col, byte)
        self._evpos = -1
        raise self._make_error(code, line, col)

    def Parse(self, data, isfinal=False):
        """Parse XML data. `isfinal' should be true at end of input."""
        if isinstance(data, str):
            text = data
            if self._decoder is None and not self._raw:
                self._decoder = 'str'
            else:
                text = None
                data = data.encode('utf-8')
        else:
            text = None
            with memoryview(data) as view:  # (released at once: a live view forbids resizing)
                data = bytes(view)
        return self._parse(text, data, bool(isfinal))

    def ParseFile(self, file):
        """Parse XML data from file-like object."""
        try:
            read = file.read
        except AttributeError:
            raise TypeError("argument must have 'read' attribute") from None
        while True:
            data = read(2048)
            if isinstance(data, (bytes, bytearray)):
                text = None
                data = bytes(data)
            else:
                raise TypeError('read() did not return a bytes object (type=%.400s)'
                                % type(data).__name__)
            done = not data
            self._parse(text, data, done)
            if done:
                return 1

    # ---- input ------------------------------------------------------------------------
    def _parse(self, text, data, final):
        if self._err is not None:
            code, line, col, _ = self._err
            raise self._make_error(code, line, col)
        if self._state == _DONE:
            self._err = None
            line, col = self._linecol(self._pos)
            raise self._make_error(_t.FINISHED, line, col)
        self._started = True
        if text is None:
            text = self._decode(data, final)
            if text is None:
                if final:
                    self._fail(_t.NO_ELEMENTS, 0)
                return 1
        elif self._buf == '' and self._pos == 0 and text[:1] == '\ufeff' and \
                self._bbyte == 0 and self._state == _XMLDECL:
            text = text[1:]
            self._bbyte = 3
        self._add_text(text, final)
        self._final = final
        try:
            self._run()
        finally:
            self._evpos = -1
        if self._err is None:
            self._flush()
            self._trim()
        return 1

    def _add_text(self, text, final):
        if self._pending_cr:
            text = '\r' + text
            self._pending_cr = False
        if '\r' in text:
            if text.endswith('\r') and not final:
                text = text[:-1]
                self._pending_cr = True
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        if self._bad is not None:
            return
        m = BAD_CHAR_RE.search(text)
        if m is not None:
            text = text[:m.start()]
            self._bad = (_t.INVALID_TOKEN, len(self._buf) + len(text))
        self._buf += text

    def _trim(self):
        pos = self._pos
        if pos > 65536 or (pos and pos == len(self._buf)):
            line, col = self._linecol(pos)
            self._bbyte = self._byteindex(pos)
            self._bline = line
            self._bcol = col
            self._buf = self._buf[pos:]
            self._pos = 0
            self._lcp = 0
            self._lcl = line
            self._lcc = col
            if self._bad is not None:
                self._bad = (self._bad[0], self._bad[1] - pos)

    def _decode(self, data, final):
        dec = self._decoder
        if dec is None:
            raw = self._raw + data
            enc = self._detect(raw, final)
            if enc is None:
                self._raw = raw
                return None
            self._raw = b''
            if isinstance(enc, int):
                self._fail(enc, 0)
            name, skip = enc
            self._benc = name
            self._conv = name != 'utf-8'
            self._bbyte = skip
            data = raw[skip:]
            dec = self._decoder = codecs.getincrementaldecoder(name)('strict')
        elif dec == 'str':
            dec = self._decoder = codecs.getincrementaldecoder('utf-8')('strict')
        try:
            return dec.decode(data, final)
        except UnicodeDecodeError as e:
            good = data[:e.start].decode(self._benc if self._benc != 'str' else 'utf-8',
                                         'ignore')
            self._add_text(good, final)
            if final and e.end == len(data):
                code = _t.UNCLOSED_TOKEN if self._benc.startswith('utf-16') else \
                    _t.PARTIAL_CHAR
            else:
                code = _t.INVALID_TOKEN
            self._bad = (code, len(self._buf))
            return ''

    def _detect(self, raw, final):
        """(codec, bytes to skip) for the document's first bytes, None to wait, or an error."""
        if not final and len(raw) < 8:
            if raw == b'' or b'\xef\xbb\xbf<?xml'.startswith(raw) or b'<?xml'.startswith(raw) \
                    or (len(raw) < 2 and raw[:1] in (b'\xfe', b'\xff', b'\x00', b'<')):
                return None
        proto = self._encoding
        if raw[:2] == b'\xfe\xff':
            return 'utf-16-be', 2
        if raw[:2] == b'\xff\xfe':
            return 'utf-16-le', 2
        if raw[:3] == b'\xef\xbb\xbf':
            return 'utf-8', 3
        if len(raw) >= 2 and raw[0] == 0:
            return 'utf-16-be', 0
        if len(raw) >= 2 and raw[1] == 0:
            return 'utf-16-le', 0
        if proto is not None:
            return self._codec(proto)
        if raw.startswith(b'<?xml'):
            end = raw.find(b'?>')
            if end < 0:
                if not final:
                    return None
                return 'utf-8', 0
            m = XMLDECL_RE.match(raw[:end + 2].decode('latin-1'))
            if m is not None:
                enc = m.group(3) or m.group(4)
                if enc:
                    r = self._codec(enc)
                    if isinstance(r, tuple) and r[0].startswith('utf-16'):
                        return _t.INCORRECT_ENCODING
                    return r
        return 'utf-8', 0

    def _codec(self, enc):
        low = enc.lower()
        if low in ('utf-8', 'utf8'):
            return 'utf-8', 0
        if low in ('iso-8859-1', 'latin-1', 'latin1'):
            return 'latin-1', 0
        if low in ('us-ascii', 'ascii'):
            return 'ascii', 0
        if low in ('utf-16', 'utf16'):
            return 'utf-16', 0
        try:
            info = codecs.lookup(enc)
            table = bytes(range(256)).decode(info.name, 'replace')
        except (LookupError, UnicodeError):
            return _t.UNKNOWN_ENCODING
        if len(table) != 256:
            return _t.UNKNOWN_ENCODING
        return info.name, 0

    # ---- character data -----------------------------------------------------------------
    def _flush(self):
        cb = self._cbuf
        if cb:
            data = ''.join(cb)
            cb.clear()
            self._cused = 0
            h = self.CharacterDataHandler
            if h is not None:
                h(data)
        elif cb is not None:
            self._cused = 0

    def _chars(self, s):
        """One expat character-data token (the CharacterDataHandler is set)."""
        cb = self._cbuf
        if cb is None:
            self.CharacterDataHandler(s)
            return
        n = _utf8len(s)
        if self._cused + n > self._bsize:
            self._flush()
            if self.CharacterDataHandler is None:
                return
        if n > self._bsize:
            self.CharacterDataHandler(s)
            self._cused = 0
        else:
            cb.append(s)
            self._cused += n

    def _text(self, seg, cdata=False):
        """Report text without markup as expat's character-data tokens."""
        if self.CharacterDataHandler is None:
            d = self._default_handler()
            if d is not None:
                self._flush()
                ev = self._evpos
                for piece in (_cdata_pieces(seg) if cdata else _pieces(seg)):
                    self._evpos = ev
                    d(piece)
                    ev += len(piece)
                    if self._default_handler() is None:
                        break
            return
        cb = self._cbuf
        if cb is not None:
            n = _utf8len(seg)
            if self._cused + n <= self._bsize:
                cb.append(seg)
                self._cused += n
                return
        ev = self._evpos
        for piece in (_cdata_pieces(seg) if cdata else _pieces(seg)):
            if self.CharacterDataHandler is None:
                return
            self._evpos = ev
            if self._conv and len(piece) > 341 and _utf8len(piece) > 1024:
                # expat converts other encodings to UTF-8 through a 1024-byte buffer
                for part in _utf8_slices(piece, 1024):
                    self._chars(part)
            else:
                self._chars(piece)
            ev += len(piece)

    def _event(self, handler, raw, *args):
        """Call a handler, or the default handler with the raw text if it is not set."""
        if handler is not None:
            self._flush()
            handler(*args)
        else:
            d = self._default_handler()
            if d is not None:
                self._flush()
                d(raw)

    def _report_default(self, raw):
        d = self._default_handler()
        if d is not None:
            self._flush()
            d(raw)

    # ---- the scanner ----------------------------------------------------------------------
    def _run(self):
        while True:
            st = self._state
            if st == _CONTENT:
                more = self._content()
            elif st == _CDATA:
                more = self._cdata()
            elif st == _DONE:
                return
            elif st == _DTD:
                import _pyexpat_dtd
                more = _pyexpat_dtd.subset(self)
            else:
                more = self._prolog()
            if more:
                break
        pos = self._pos
        if self._bad is not None and pos >= self._bad[1] - 0:
            code, at = self._bad
            if at <= len(self._buf):
                self._fail(code, at)
        if not self._final:
            return
        st = self._state
        if pos < len(self._buf):
            if st == _CDATA:
                self._fail(_t.UNCLOSED_CDATA, pos)
            self._fail(_t.UNCLOSED_TOKEN, pos)
        if self._ext_entity:
            self._state = _DONE
            return
        if st == _EPILOG:
            self._state = _DONE
            return
        self._fail(_t.NO_ELEMENTS, pos)

    def _junk(self, code, errpos, pos):
        """A prolog/epilog error, reported only once the token could be complete."""
        if not self._final and self._bad is None and self._buf.find('>', pos) < 0:
            self._pos = pos
            return True
        self._fail(code, errpos)

    def _need(self, pos, errcode=_t.UNCLOSED_TOKEN):
        """A token starting at pos is incomplete: wait for more input, or fail if final."""
        self._pos = pos
        if self._final and self._bad is None:
            self._fail(errcode, pos)
        return True

    def _prolog(self):
        buf = self._buf
        end = len(buf)
        pos = self._pos
        if self._state == _XMLDECL:
            if pos >= end:
                return True
            if buf.startswith('<?xml', pos) and (end - pos < 6 or buf[pos + 5] in ' \t\n?'):
                if end - pos < 6 and not self._final:
                    return True
                r = self._xmldecl(buf, pos, end)
                if r < 0:
                    return self._need(pos)
                pos = self._pos = r
            elif end - pos < 5 and '<?xml'.startswith(buf[pos:]) and not self._final:
                return True
            self._state = _PROLOG
        epilog = self._state == _EPILOG
        while pos < end:
            c = buf[pos]
            self._evpos = pos
            if c == '<':
                if pos + 1 >= end:
                    return self._need(pos)
                c2 = buf[pos + 1]
                if c2 == '?':
                    r = self._pi(buf, pos, end)
                    if r < 0:
                        return self._need(pos)
                    pos = self._pos = r
                elif c2 == '!':
                    if buf.startswith('<!--', pos):
                        r = self._comment(buf, pos, end)
                        if r < 0:
                            return self._need(pos)
                        pos = self._pos = r
                    elif not epilog and not self._doctype_seen and \
                            buf.startswith('<!DOCTYPE', pos):
                        import _pyexpat_dtd
                        r = _pyexpat_dtd.head(self, buf, pos, end)
                        if r < 0:
                            self._pos = pos
                            return True
                        self._doctype_seen = True
                        pos = self._pos = r
                        if self._state == _DTD:
                            return False
                    elif end - pos < 9 and not self._final and \
                            ('<!DOCTYPE'.startswith(buf[pos:]) or '<!--'.startswith(buf[pos:])):
                        self._pos = pos
                        return True
                    else:
                        m = NAME_RE.match(buf, pos + 2)
                        if not self._final and self._bad is None and \
                                (pos + 2 >= end or (m is not None and m.end() == end)):
                            self._pos = pos
                            return True
                        self._fail(_t.JUNK if epilog else _t.SYNTAX, pos)
                elif epilog:
                    if NAME_START_RE.match(buf, pos + 1) is None:
                        self._fail(_t.INVALID_TOKEN, pos + 1)
                    self._fail(_t.JUNK, pos)
                else:
                    if NAME_START_RE.match(buf, pos + 1) is None:
                        self._fail(_t.INVALID_TOKEN, pos + 1)
                    self._pos = pos
                    self._state = _CONTENT
                    if self._foreign_dtd and not self._doctype_seen:
                        self._foreign_dtd = False
                        self._foreign()
                    return False
            elif c == ' ' or c == '\t' or c == '\n':
                m = SPACE_RE.match(buf, pos)
                nxt = m.end()
                self._pos = nxt
                self._report_default(buf[pos:nxt])
                pos = nxt
            elif c == '&' or c == ']':
                self._fail(_t.INVALID_TOKEN, pos)
            else:
                # a name token: expat's prolog tokenizer wants one of '>),|[%' or a space
                # after it (else the token is invalid there); the name itself is the error
                m = NAME_RE.match(buf, pos)
                if m is None:
                    self._fail(_t.INVALID_TOKEN, pos)
                k = m.end()
                if k == end:
                    if not self._final and self._bad is None and not epilog:
                        break
                elif buf[k] not in '>),|[% \t\n':
                    self._fail(_t.INVALID_TOKEN, k)
                self._fail(_t.JUNK if epilog else _t.SYNTAX, pos)
        self._pos = pos
        return True

    def _xmldecl(self, buf, pos, end):
        close = buf.find('?>', pos)
        if close < 0:
            return -1
        m = XMLDECL_RE.match(buf, pos, close + 2)
        if m is None or VERSION_RE.fullmatch(m.group(1) or m.group(2) or '') is None:
            self._fail(_t.XML_DECL, self._xmldecl_error(buf, pos, close))
        self._evpos = pos
        version = m.group(1) if m.group(1) is not None else m.group(2)
        enc = m.group(3) or m.group(4)
        sa = m.group(5) or m.group(6)
        standalone = -1 if sa is None else (1 if sa == 'yes' else 0)
        self._standalone = standalone
        nxt = close + 2
        self._pos = nxt
        self._event(self.XmlDeclHandler, buf[pos:nxt], version, enc, standalone)
        return nxt

    def _xmldecl_error(self, buf, pos, close):
        """Where expat's check of the XML declaration's pseudo-attributes fails."""
        i = pos + 5
        want = ['version', 'encoding', 'standalone']
        first = True
        while True:
            j = i
            while buf[j] in ' \t\n':
                j += 1
            if j >= close:
                return j if first else pos
            m = NAME_RE.match(buf, j)
            if m is None or m.group() not in want or (first and m.group() != 'version'):
                return j
            want = want[want.index(m.group()) + 1:]
            first = False
            k = m.end()
            while buf[k] in ' \t\n=':
                k += 1
            q = buf[k]
            if q not in '"\'':
                return j
            e = buf.find(q, k + 1)
            if e < 0 or e > close:
                return j
            i = e + 1

    def _foreign(self):
        self._has_pe_refs = True
        h = self.ExternalEntityRefHandler
        if h is not None and self._pe_parsing:
            self._flush()
            h(None, self._base, None, None)

    def _comment(self, buf, pos, end):
        close = buf.find('-->', pos + 4)
        if close < 0:
            d = buf.find('--', pos + 4)
            if d >= 0 and d + 2 < end:
                self._fail(_t.INVALID_TOKEN, d + 2)
            return -1
        body = buf[pos + 4:close]
        if '--' in body or body.endswith('-'):
            d = (body + '-').find('--')
            self._fail(_t.INVALID_TOKEN, pos + 4 + d + 2)
        nxt = close + 3
        self._pos = nxt
        h = self.CommentHandler
        if h is not None:
            self._flush()
            h(body)
        else:
            self._report_default(buf[pos:nxt])
        return nxt

    def _pi(self, buf, pos, end):
        m = NAME_RE.match(buf, pos + 2)
        if m is None:
            if pos + 2 >= end:
                return -1
            self._fail(_t.INVALID_TOKEN, pos + 2)
        te = m.end()
        if te >= end:
            return -1
        target = m.group()
        if len(target) == 3 and target.lower() == 'xml' and target != 'xml':
            self._fail(_t.INVALID_TOKEN, te)
        c = buf[te]
        if c == '?':
            if te + 1 >= end:
                return -1
            if buf[te + 1] != '>':
                self._fail(_t.INVALID_TOKEN, te + 1)
            close = te
            data = ''
        elif c in ' \t\n':
            close = buf.find('?>', te)
            if close < 0:
                return -1
            data = buf[te:close].lstrip(' \t\n')
        else:
            self._fail(_t.INVALID_TOKEN, te)
        if target == 'xml':
            self._fail(_t.MISPLACED_XML_PI, pos)
        nxt = close + 2
        self._pos = nxt
        h = self.ProcessingInstructionHandler
        if h is not None:
            self._flush()
            h(target, data)
        else:
            self._report_default(buf[pos:nxt])
        return nxt

    def _cdata(self):
        buf = self._buf
        end = len(buf)
        pos = self._pos
        close = buf.find(']]>', pos)
        self._evpos = pos
        if close < 0:
            stop = end
            if not self._final:
                if buf.endswith(']]', pos):
                    stop -= 2
                elif buf.endswith(']', pos):
                    stop -= 1
            if stop > pos:
                self._pos = stop
                self._text(buf[pos:stop], True)
            self._pos = stop
            if self._final and self._bad is None:
                self._fail(_t.UNCLOSED_CDATA, stop)
            return True
        if close > pos:
            self._pos = close
            self._text(buf[pos:close], True)
        self._evpos = close
        self._pos = close + 3
        self._event(self.EndCdataSectionHandler, ']]>')
        self._state = _CONTENT
        return False

    def _content(self):
        buf = self._buf
        end = len(buf)
        pos = self._pos
        stack = self._stack
        ns = self._ns
        final = self._final
        while pos < end:
            c = buf[pos]
            self._evpos = pos
            if c == '<':
                if pos + 1 >= end:
                    return self._need(pos)
                c2 = buf[pos + 1]
                if c2 == '/':
                    m = ETAG_RE.match(buf, pos)
                    if m is None:
                        bad = self._tag_error(buf, pos, end, True)
                        if bad < 0:
                            return self._need(pos)
                        self._fail(_t.INVALID_TOKEN, bad)
                    name = m.group(1)
                    if not stack or name != stack[-1]:
                        self._fail(_t.TAG_MISMATCH, pos + 2)
                    if self._open_ents and len(stack) <= self._open_ents[-1][2]:
                        self._fail(_t.ASYNC_ENTITY, pos)
                    stack.pop()
                    nxt = self._pos = m.end()
                    if ns is not None:
                        ename, bindings = self._nstack.pop()
                    else:
                        ename = name
                        bindings = None
                    h = self.EndElementHandler
                    if h is not None:
                        if self._intern is not None:
                            ename = self._intern.setdefault(ename, ename)
                        if self._cbuf:
                            self._flush()
                        h(ename)
                    elif self._dslot:
                        self._report_default(buf[pos:nxt])
                    if bindings:
                        self._end_ns(bindings)
                    pos = nxt
                    if not stack:
                        self._state = _EPILOG
                        return False
                elif c2 == '!':
                    if buf.startswith('<!--', pos):
                        r = self._comment(buf, pos, end)
                        if r < 0:
                            return self._need(pos)
                        pos = r
                    elif buf.startswith('<![CDATA[', pos):
                        nxt = self._pos = pos + 9
                        self._event(self.StartCdataSectionHandler, '<![CDATA[')
                        self._state = _CDATA
                        return False
                    elif end - pos < 9 and ('<![CDATA['.startswith(buf[pos:]) or
                                            '<!--'.startswith(buf[pos:])):
                        return self._need(pos)
                    else:
                        self._fail(_t.INVALID_TOKEN, pos + 2)
                elif c2 == '?':
                    r = self._pi(buf, pos, end)
                    if r < 0:
                        return self._need(pos)
                    pos = r
                else:
                    m = STAG_RE.match(buf, pos)
                    if m is None:
                        bad = self._tag_error(buf, pos, end, False)
                        if bad < 0:
                            return self._need(pos)
                        self._fail(_t.INVALID_TOKEN, bad)
                    pos = self._start_tag(m, buf, pos)
                    if not stack:
                        self._state = _EPILOG
                        return False
            elif c == '&':
                m = REF_RE.match(buf, pos)
                if m is None:
                    bad = self._ref_error(buf, pos, end)
                    if bad < 0:
                        return self._need(pos)
                    self._fail(_t.INVALID_TOKEN, bad)
                nxt = self._pos = m.end()
                self._reference(m, buf, pos, nxt)
                pos = nxt
            else:
                stop = buf.find('<', pos)
                if stop < 0:
                    stop = end
                amp = buf.find('&', pos, stop)
                if amp >= 0:
                    stop = amp
                elif stop == end and not final:
                    if buf.endswith(']]', pos, stop):
                        stop -= 2
                    elif buf.endswith(']', pos, stop):
                        stop -= 1
                    if stop == pos:
                        break
                seg = buf[pos:stop]
                if ']]>' in seg:
                    self._fail(_t.INVALID_TOKEN, pos + seg.find(']]>') + 2)
                self._pos = stop
                h = self.CharacterDataHandler
                cb = self._cbuf
                if h is not None and cb is not None and \
                        self._cused + len(seg) <= self._bsize and seg.isascii():
                    cb.append(seg)
                    self._cused += len(seg)
                else:
                    self._text(seg)
                pos = stop
        self._pos = pos
        return True

    def _start_tag(self, m, buf, pos):
        name, atext, empty = m.groups()
        nxt = self._pos = m.end()
        stack = self._stack
        attrs = None
        if atext:
            attrs = []
            if '&' in atext:
                base = m.start(2)
                for am in ATTR_RE.finditer(atext):
                    v = am.group(2)
                    vs = am.start(2)
                    if v is None:
                        v = am.group(3)
                        vs = am.start(3)
                    if '\t' in v or '\n' in v:
                        v = v.translate(_WS)
                    if '&' in v:
                        v = self._attr_refs(v, base + vs, pos)
                    attrs.append(am.group(1))
                    attrs.append(v)
            else:
                for an, v1, v2 in ATTR_RE.findall(atext):
                    v = v1 + v2
                    if '\t' in v or '\n' in v:
                        v = v.translate(_WS)
                    attrs.append(an)
                    attrs.append(v)
            if len(attrs) > 2:
                names = attrs[0::2]
                if len(set(names)) != len(names):
                    seen = set()
                    for an in names:
                        if an in seen:
                            self._fail(_t.DUPLICATE_ATTRIBUTE, pos + atext.find(an, atext.find(an) + 1) + 1 + len(name))
                        seen.add(an)
        if self._attdefs:
            attrs = self._apply_attdefs(name, attrs)
        stack.append(name)
        intern = self._intern
        if self._ns is not None:
            ename, attrs, bindings = self._ns_start(name, attrs, pos)
        else:
            ename = name
            bindings = None
        h = self.StartElementHandler
        if h is not None:
            if intern is not None:
                ename = intern.setdefault(ename, ename)
            if attrs is None:
                a = [] if self._ordered else {}
            elif self._ordered:
                a = attrs
                if intern is not None:
                    for i in range(0, len(a), 2):
                        a[i] = intern.setdefault(a[i], a[i])
            else:
                a = {}
                for i in range(0, len(attrs), 2):
                    k = attrs[i]
                    if intern is not None:
                        k = intern.setdefault(k, k)
                    a[k] = attrs[i + 1]
            if self._cbuf:
                self._flush()
            h(ename, a)
        elif self._dslot and not empty:
            self._report_default(buf[pos:nxt])
        if empty:
            stack.pop()
            if self._ns is not None:
                self._nstack.pop()
            h2 = self.EndElementHandler
            if h2 is not None:
                if h is not None:
                    self._evpos = nxt
                if intern is not None:
                    ename = intern.setdefault(ename, ename)
                if self._cbuf:
                    self._flush()
                h2(ename)
            elif h is None and self._dslot:
                self._report_default(buf[pos:nxt])
            if bindings:
                self._end_ns(bindings)
        return nxt

    def _apply_attdefs(self, name, attrs):
        decl = self._attdefs.get(name)
        if not decl:
            return attrs
        if attrs is None:
            attrs = []
        given = set(attrs[0::2])
        for i in range(0, len(attrs), 2):
            d = decl.get(attrs[i])
            if d is not None and not d[0]:
                attrs[i + 1] = ' '.join(attrs[i + 1].split(' ')).strip(' ')
                attrs[i + 1] = ' '.join(x for x in attrs[i + 1].split(' ') if x)
        if not self._specified:
            for an, (is_cdata, default) in decl.items():
                if default is not None and an not in given:
                    attrs.append(an)
                    attrs.append(default)
        return attrs or None

    def _qname_check(self, name, at):
        """expat's tokenizer in namespace mode: a name has at most one ':', inside it."""
        k = name.find(':')
        if k == 0:
            self._fail(_t.INVALID_TOKEN, at)
        k2 = name.find(':', k + 1)
        if k2 > 0:
            self._fail(_t.INVALID_TOKEN, at + k2)
        if k == len(name) - 1:
            self._fail(_t.INVALID_TOKEN, at + k + 1)

    def _ns_start(self, name, attrs, pos):
        nsmap = self._nsmap
        bindings = None
        if ':' in name:
            self._qname_check(name, pos + 1)
        if attrs:
            for i in range(0, len(attrs), 2):
                if ':' in attrs[i] and (attrs[i][0] == ':' or attrs[i][-1] == ':' or
                                        attrs[i].count(':') > 1):
                    self._qname_check(attrs[i], self._buf.find(attrs[i], pos + 1 + len(name)))
            plain = None
            for i in range(0, len(attrs), 2):
                an = attrs[i]
                if an == 'xmlns' or an.startswith('xmlns:'):
                    if plain is None:
                        plain = attrs[:i]
                    prefix = an[6:] if len(an) > 5 else None
                    uri = attrs[i + 1]
                    if prefix == 'xmlns':
                        self._fail(_t.RESERVED_PREFIX_XMLNS, pos)
                    if prefix == 'xml':
                        if uri != XML_NS:
                            self._fail(_t.RESERVED_PREFIX_XML, pos)
                    elif uri == XML_NS or uri == XMLNS_NS:
                        self._fail(_t.RESERVED_NAMESPACE_URI, pos)
                    if not uri:
                        if prefix is not None:
                            self._fail(_t.UNDECLARING_PREFIX, pos)
                        uri = None
                    elif self._ns and self._ns in uri:
                        self._fail(_t.SYNTAX, pos)
                    if bindings is None:
                        bindings = []
                    bindings.append((prefix, nsmap.get(prefix)))
                    nsmap[prefix] = uri
                    h = self.StartNamespaceDeclHandler
                    if h is not None:
                        if self._cbuf:
                            self._flush()
                        h(prefix, uri)
                elif plain is not None:
                    plain.append(an)
                    plain.append(attrs[i + 1])
            if plain is not None:
                attrs = plain
            sep = self._ns
            out = None
            for i in range(0, len(attrs), 2):
                an = attrs[i]
                k = an.find(':')
                if k > 0:
                    uri = nsmap.get(an[:k])
                    if uri is None:
                        self._fail(_t.UNBOUND_PREFIX, pos)
                    if out is None:
                        out = list(attrs)
                        keys = set()
                    key = uri + sep + an[k + 1:]
                    if key in keys:
                        self._fail(_t.DUPLICATE_ATTRIBUTE, pos)
                    keys.add(key)
                    out[i] = key + sep + an[:k] if self._nsprefixes else key
            if out is not None:
                for i in range(0, len(out), 2):
                    if out[i] in keys and ':' not in attrs[i]:
                        self._fail(_t.DUPLICATE_ATTRIBUTE, pos)
                attrs = out
        k = name.find(':')
        if k > 0:
            uri = nsmap.get(name[:k])
            if uri is None:
                self._fail(_t.UNBOUND_PREFIX, pos)
            ename = uri + self._ns + name[k + 1:]
            if self._nsprefixes:
                ename = ename + self._ns + name[:k]
        else:
            uri = nsmap.get(None)
            ename = uri + self._ns + name if uri else name
        self._nstack.append((ename, bindings))
        return ename, attrs, bindings

    def _end_ns(self, bindings):
        nsmap = self._nsmap
        h = self.EndNamespaceDeclHandler
        for prefix, old in reversed(bindings):
            if h is not None:
                if self._cbuf:
                    self._flush()
                h(prefix)
            if old is None:
                nsmap.pop(prefix, None)
            else:
                nsmap[prefix] = old

    # ---- references ---------------------------------------------------------------------
    def _entity_check(self, name, pos, in_attr):
        """The entity named by a reference, None for one to skip; raises expat's errors."""
        ent = self._entities.get(name)
        if not self._has_pe_refs or self._standalone == 1:
            if ent is None:
                self._fail(_t.UNDEFINED_ENTITY, pos)
        if ent is None:
            return None
        for e in self._open_ents:
            if e[0] == name:
                self._fail(_t.RECURSIVE_ENTITY_REF, pos)
        return ent

    def _reference(self, m, buf, pos, nxt):
        name, dec, hexa = m.groups()
        if name is None:
            n = int(dec) if dec is not None else int(hexa, 16)
            if not char_ok(n):
                self._fail(_t.BAD_CHAR_REF, pos)
            if self.CharacterDataHandler is not None:
                self._chars(chr(n))
            else:
                self._report_default(buf[pos:nxt])
            return
        ch = PREDEFINED.get(name)
        if ch is not None:
            if self.CharacterDataHandler is not None:
                self._chars(ch)
            else:
                self._report_default(buf[pos:nxt])
            return
        ent = self._entity_check(name, pos, False)
        if ent is None:
            h = self.SkippedEntityHandler
            if h is not None:
                self._flush()
                h(name, 0)
            else:
                self._report_default(buf[pos:nxt])
            return
        value, system, public, notation = ent
        if notation is not None:
            self._fail(_t.BINARY_ENTITY_REF, pos)
        if value is not None:
            if self._expand:
                self._expand_entity(name, value, pos)
            elif self.SkippedEntityHandler is not None:
                self._flush()
                self.SkippedEntityHandler(name, 0)
            else:
                self._report_default(buf[pos:nxt])
            return
        h = self.ExternalEntityRefHandler
        if h is not None:
            self._flush()
            if not h(self._context(name), self._base, system, public):
                self._fail(21, pos)
        else:
            self._report_default(buf[pos:nxt])

    def _context(self, name):
        """expat's context string: the namespace bindings in force, then the entity."""
        if self._ns is None:
            return name
        parts = []
        nsmap = self._nsmap
        if nsmap.get(None):
            parts.append('=' + nsmap[None])
        for prefix, uri in nsmap.items():
            if prefix is not None and uri is not None:
                parts.append(prefix + '=' + uri)
        parts.append(name)
        return '\x0c'.join(parts)

    def _expand_entity(self, name, value, pos):
        if '<' not in value and '&' not in value:
            if value:
                self._text(value)
            return
        # run the scanner over the replacement text as if it were part of the document
        saved = (self._buf, self._pos, self._final, self._bad, self._lcp, self._lcl, self._lcc,
                 self._state)
        if self._open_ents:
            outer = self._open_ents[0][3]
        else:
            outer = self._linecol(pos) + (self._byteindex(pos),)
        self._open_ents.append((name, pos, len(self._stack), outer))
        self._buf = value
        self._pos = 0
        self._final = True
        self._bad = None
        self._lcp = 0
        try:
            while True:
                if self._content():
                    break
                if self._state == _CDATA:
                    if self._cdata():
                        break
                elif self._state == _EPILOG:
                    self._fail(_t.ASYNC_ENTITY, pos)
            if self._pos < len(value):
                self._fail(_t.UNCLOSED_TOKEN, pos)
            if len(self._stack) != self._open_ents[-1][2] or self._state != _CONTENT:
                self._fail(_t.ASYNC_ENTITY, pos)
        finally:
            self._open_ents.pop()
            (self._buf, self._pos, self._final, self._bad, self._lcp, self._lcl, self._lcc,
             st) = saved
            if self._err is None:
                self._state = st

    def _attr_refs(self, v, pos, tagpos):
        """Expand the references of an attribute value whose text starts at position pos."""
        out = []
        i = 0
        while True:
            j = v.find('&', i)
            if j < 0:
                out.append(v[i:])
                break
            out.append(v[i:j])
            m = REF_RE.match(v, j)
            if m is None:
                bad = self._ref_error(v, j, len(v))
                self._fail(_t.INVALID_TOKEN, pos + (bad if bad >= 0 else len(v)))
            name, dec, hexa = m.groups()
            if name is None:
                n = int(dec) if dec is not None else int(hexa, 16)
                if not char_ok(n):
                    self._fail(_t.BAD_CHAR_REF, pos + j)
                out.append(chr(n))
            else:
                ch = PREDEFINED.get(name)
                if ch is not None:
                    out.append(ch)
                else:
                    ent = self._entity_check(name, tagpos, True)
                    if ent is not None:
                        value = ent[0]
                        if value is None:
                            self._fail(_t.ATTRIBUTE_EXTERNAL_ENTITY_REF, pos + j)
                        if '<' in value:
                            self._fail(_t.INVALID_TOKEN, tagpos)
                        value = value.translate(_WS)
                        if '&' in value:
                            self._open_ents.append((name, pos + j, 0, self._open_ents[0][3]
                                                    if self._open_ents else
                                                    self._linecol(pos + j) +
                                                    (self._byteindex(pos + j),)))
                            try:
                                value = self._attr_refs(value, 0, tagpos)
                            finally:
                                self._open_ents.pop()
                        out.append(value)
            i = m.end()
        return ''.join(out)

    # ---- error positions (slow paths) -------------------------------------------------------
    def _ref_error(self, buf, pos, end):
        """Where the reference at pos goes wrong (-1: it is only incomplete)."""
        i = pos + 1
        if i >= end:
            return -1
        if buf[i] == '#':
            i += 1
            if i >= end:
                return -1
            digits = '0123456789'
            if buf[i] == 'x':
                i += 1
                digits = '0123456789abcdefABCDEF'
            if i >= end:
                return -1
            if buf[i] not in digits:
                return i
            while i < end and buf[i] in digits:
                i += 1
        else:
            m = NAME_RE.match(buf, i)
            if m is None:
                return i
            i = m.end()
        if i >= end:
            return -1
        return i if buf[i] != ';' else -1

    def _tag_error(self, buf, pos, end, is_end):
        """Where the tag at pos goes wrong (-1: it is only incomplete)."""
        i = pos + (2 if is_end else 1)
        m = NAME_RE.match(buf, i)
        if m is None:
            return -1 if i >= end else i
        i = m.end()
        while True:
            if i >= end:
                return -1
            c = buf[i]
            had_space = False
            while c in ' \t\n':
                had_space = True
                i += 1
                if i >= end:
                    return -1
                c = buf[i]
            if c == '>':
                return i
            if c == '/' and not is_end:
                if i + 1 >= end:
                    return -1
                return i + 1 if buf[i + 1] != '>' else i
            if is_end or not had_space:
                return i
            m = NAME_RE.match(buf, i)
            if m is None:
                return i
            i = m.end()
            while i < end and buf[i] in ' \t\n':
                i += 1
            if i >= end:
                return -1
            if buf[i] != '=':
                return i
            i += 1
            while i < end and buf[i] in ' \t\n':
                i += 1
            if i >= end:
                return -1
            q = buf[i]
            if q != '"' and q != "'":
                return i
            i += 1
            while True:
                if i >= end:
                    return -1
                c = buf[i]
                if c == q:
                    i += 1
                    break
                if c == '<':
                    return i
                if c == '&':
                    bad = self._ref_error(buf, i, end)
                    if bad >= 0:
                        return bad
                    k = buf.find(';', i)
                    if k < 0:
                        return -1
                    i = k + 1
                    continue
                i += 1
            if i >= end:
                return -1
            if buf[i] not in ' \t\n/>':
                return i


XMLParserType = xmlparser
_UNSET = object()
xmlparser.__module__ = 'pyexpat'


def ParserCreate(encoding=None, namespace_separator=None, intern=_UNSET, **kw):
    """Return a new XML parser object."""
    if kw:
        for k in kw:
            raise TypeError("ParserCreate() got an unexpected keyword argument '%s'" % k)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or "
                            "None, not %s" % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError('namespace_separator must be at most one character, omitted, '
                             'or None')
    if intern is _UNSET:
        intern = {}
    elif intern is None:
        pass
    elif not isinstance(intern, dict):
        raise TypeError('intern must be a dictionary')
    return xmlparser(encoding, namespace_separator, intern)

