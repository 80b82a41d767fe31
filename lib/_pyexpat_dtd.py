# The DOCTYPE declaration for lib/pyexpat.py: tokenizes it as expat's prolog tokenizer does
# (each token, whitespace included, is what the DefaultHandler receives when the declaration
# has no handler of its own), records internal entities and attribute defaults on the parser,
# and calls StartDoctypeDecl/EndDoctypeDecl/EntityDecl/UnparsedEntityDecl/NotationDecl/
# ElementDecl/AttlistDecl handlers. External subsets and parameter entities are not read
# (expat's default): a parameter-entity reference stops the processing of later declarations
# unless the document is standalone, as in expat.
import re
from _pyexpat_tables import NAME, REF_RE, PREDEFINED, char_ok
import _pyexpat_tables as _t

_TOKEN = re.compile(r'''([ \t\n]+)|(<!--.*?-->)|(<\?.*?\?>)|(<!\[)|(<![A-Za-z]+)|("[^"]*"|'[^']*')'''
                    '|(%' + NAME + ';)|(#[A-Za-z]+)|(' + _t.NMTOKEN_RE.pattern + '[?*+]?)'
                    r'|(\)[?*+]?|[\[\]>(|,*?+%])', re.S)
_KINDS = (None, 'S', 'COMMENT', 'PI', 'CSECT', 'DECL', 'LIT', 'PEREF', 'POUND', 'NAME', 'PUNCT')


class _Syntax(Exception):
    def __init__(self, pos, code=_t.SYNTAX):
        self.pos = pos
        self.code = code


def _tokens(p, buf, pos, end):
    out = []
    while pos < end:
        m = _TOKEN.match(buf, pos, end)
        if m is None:
            p._fail(_t.INVALID_TOKEN, pos)
        out.append((_KINDS[m.lastindex], m.group(), pos))
        pos = m.end()
    return out


class _Decl:
    """A cursor over the tokens of one declaration; S tokens are skipped but kept for
    the default handler."""

    def __init__(self, toks, i):
        self.toks = toks
        self.i = i
        self.start = i
        self.last = 0

    def peek(self, skip_s=True):
        i = self.i
        toks = self.toks
        while skip_s and i < len(toks) and toks[i][0] == 'S':
            i += 1
        return toks[i] if i < len(toks) else ('EOF', '', toks[-1][2] + len(toks[-1][1]))

    def take(self, kind=None, text=None, skip_s=True):
        toks = self.toks
        while skip_s and self.i < len(toks) and toks[self.i][0] == 'S':
            self.i += 1
        if self.i >= len(toks):
            raise _Syntax(toks[-1][2] + len(toks[-1][1]), _t.UNCLOSED_TOKEN)
        t = toks[self.i]
        if (kind is not None and t[0] != kind) or (text is not None and t[1] != text):
            raise _Syntax(t[2])
        self.i += 1
        if t[1] != '>':
            self.last = t[2]
        return t

    def space(self):
        """Whitespace is required here."""
        t = self.toks[self.i] if self.i < len(self.toks) else None
        if t is None:
            raise _Syntax(self.toks[-1][2] + len(self.toks[-1][1]), _t.UNCLOSED_TOKEN)
        if t[0] != 'S':
            raise _Syntax(t[2])

    def raw(self):
        return [t[1] for t in self.toks[self.start:self.i]]


def _literal(t):
    return t[1][1:-1]


def _external_id(d):
    """SYSTEM "s" | PUBLIC "p" "s" after the current token; (system, public) or (None, None)."""
    t = d.peek()
    if t[0] == 'NAME' and t[1] == 'SYSTEM':
        d.space()
        d.take()
        d.space()
        return _literal(d.take('LIT')), None
    if t[0] == 'NAME' and t[1] == 'PUBLIC':
        d.space()
        d.take()
        d.space()
        pub = d.take('LIT')
        pubid = ' '.join(_literal(pub).split())
        for ch in _literal(pub):
            if not (ch.isalnum() and ch.isascii()) and ch not in " \r\n-'()+,./:=?;!*#@$_%":
                raise _Syntax(pub[2], _t.PUBLICID)
        t2 = d.peek()
        if t2[0] == 'LIT':
            d.space()
            d.take()
            return _literal(t2), pubid
        return None, pubid
    return None, None


def _entity_value(p, text, pos):
    """An entity literal's replacement text: character references replaced, others kept.
    An undeclared parameter entity ends the value and the processing of declarations."""
    k = text.find('%')
    if k >= 0:
        m = re.compile('%(' + NAME + ');').match(text, k)
        p._pe_error = pos + 1 + k
        text = text[:k]
    if '&' not in text:
        return text
    out = []
    i = 0
    while True:
        j = text.find('&', i)
        if j < 0:
            out.append(text[i:])
            return ''.join(out)
        out.append(text[i:j])
        m = REF_RE.match(text, j)
        if m is None:
            raise _Syntax(pos + 1 + j, _t.INVALID_TOKEN)
        name, dec, hexa = m.groups()
        if name is None:
            n = int(dec) if dec is not None else int(hexa, 16)
            if not char_ok(n):
                raise _Syntax(pos + 1 + j, _t.BAD_CHAR_REF)
            out.append(chr(n))
        else:
            out.append(m.group())
        i = m.end()


def _entity(p, d, keep):
    is_pe = 0
    d.space()
    if d.peek()[1] == '%':
        d.take()
        d.space()
        is_pe = 1
    name = d.take('NAME')[1]
    d.space()
    t = d.peek()
    value = system = public = notation = None
    if t[0] == 'LIT':
        d.take()
        p._pe_error = None
        value = _entity_value(p, _literal(t), t[2])
        if p._pe_error is not None:
            pe = p._pe_error
            p._pe_error = None
            _declare(p, d, is_pe, name, value, None, None, None, keep)
            raise _Syntax(pe, _t.PARAM_ENTITY_REF)
    else:
        system, public = _external_id(d)
        if system is None:
            raise _Syntax(t[2])
        if not is_pe and d.peek()[1] == 'NDATA':
            d.space()
            d.take()
            d.space()
            notation = d.take('NAME')[1]
    close = d.take('PUNCT', '>')
    return _declare(p, d, is_pe, name, value, system, public, notation, keep, close)


def _declare(p, d, is_pe, name, value, system, public, notation, keep, close=None):
    if not keep:
        return False
    table = p._pentities if is_pe else p._entities
    if name in table or (not is_pe and name in PREDEFINED):
        return False
    table[name] = (value, system, public, notation)
    p._evpos = close[2] if close and value is None and notation is None else d.last
    if notation is not None and p.UnparsedEntityDeclHandler is not None:
        p._flush()
        p.UnparsedEntityDeclHandler(name, p._base, system, public, notation)
        return True
    h = p.EntityDeclHandler
    if h is not None:
        p._flush()
        h(name, is_pe, value, p._base, system, public, notation)
        return True
    return False


def _attlist(p, d, keep):
    d.space()
    el = d.take('NAME')[1]
    handled = False
    while True:
        t = d.peek()
        if t[1] == '>':
            d.take()
            return handled
        d.space()
        att = d.take('NAME')[1]
        d.space()
        t = d.take()
        if t[0] == 'NAME':
            atype = t[1]
            if atype == 'NOTATION':
                d.space()
                d.take('PUNCT', '(')
                atype = 'NOTATION(' + _enumeration(d) + ')'
            elif atype not in ('CDATA', 'ID', 'IDREF', 'IDREFS', 'ENTITY', 'ENTITIES',
                               'NMTOKEN', 'NMTOKENS'):
                raise _Syntax(t[2])
        elif t[1] == '(':
            atype = '(' + _enumeration(d) + ')'
        else:
            raise _Syntax(t[2])
        d.space()
        t = d.take()
        default = None
        required = 0
        if t[0] == 'POUND':
            if t[1] == '#REQUIRED':
                required = 1
            elif t[1] == '#FIXED':
                d.space()
                t = d.take('LIT')
                default = p._attr_refs(_literal(t).translate(_WSMAP), t[2]) \
                    if '&' in t[1] else _literal(t).translate(_WSMAP)
                required = 1
            elif t[1] != '#IMPLIED':
                raise _Syntax(t[2])
        elif t[0] == 'LIT':
            default = p._attr_refs(_literal(t).translate(_WSMAP), t[2]) \
                if '&' in t[1] else _literal(t).translate(_WSMAP)
        else:
            raise _Syntax(t[2])
        if not keep:
            continue
        decls = p._attdefs.setdefault(el, {})
        if att in decls:
            continue
        is_cdata = atype == 'CDATA'
        if not is_cdata and default is not None:
            default = ' '.join(default.split(' ')).strip(' ')
            default = ' '.join(x for x in default.split(' ') if x)
        decls[att] = (is_cdata, default)
        h = p.AttlistDeclHandler
        if h is not None:
            p._evpos = d.last
            p._flush()
            h(el, att, atype, default, required)
            handled = True


_WSMAP = str.maketrans('\t\n', '  ')


def _enumeration(d):
    names = [d.take('NAME')[1]]
    while True:
        t = d.take()
        if t[1] == ')':
            return '|'.join(names)
        if t[1] != '|':
            raise _Syntax(t[2])
        names.append(d.take('NAME')[1])


def _quant(t):
    """The quantifier a name or ')' token carries (expat's NAME_ASTERISK, ...)."""
    return {'?': 1, '*': 2, '+': 3}.get(t[1][-1], 0)


def _bare(t):
    return t[1][:-1] if t[1][-1] in '?*+' else t[1]


def _group(d):
    """A content particle group after its '(' (children form)."""
    items = []
    sep = None
    while True:
        t = d.take()
        if t[1] == '(':
            items.append(_group(d))
        elif t[0] == 'NAME':
            items.append((4, _quant(t), _bare(t), ()))
        else:
            raise _Syntax(t[2])
        t = d.take()
        if t[1][0] == ')':
            kind = 5 if sep == '|' else 6
            return (kind, _quant(t), None, tuple(items))
        if t[1] not in '|,' or (sep is not None and t[1] != sep):
            raise _Syntax(t[2])
        sep = t[1]


def _element(p, d, keep):
    d.space()
    name = d.take('NAME')[1]
    d.space()
    t = d.take()
    if t[0] == 'NAME' and t[1] == 'EMPTY':
        model = (1, 0, None, ())
    elif t[0] == 'NAME' and t[1] == 'ANY':
        model = (2, 0, None, ())
    elif t[1] == '(':
        t2 = d.peek()
        if t2[1] == '#PCDATA':
            d.take()
            names = []
            while True:
                t3 = d.take()
                if t3[1][0] == ')':
                    break
                if t3[1] != '|':
                    raise _Syntax(t3[2])
                names.append((4, 0, d.take('NAME')[1], ()))
            q = _quant(t3)
            if names and q != 2:
                raise _Syntax(t3[2])
            model = (3, q, None, tuple(names))
        else:
            model = _group(d)
    else:
        raise _Syntax(t[2])
    d.take('PUNCT', '>')
    h = p.ElementDeclHandler
    if h is not None and keep:
        p._evpos = d.last
        p._flush()
        h(name, model)
        return True
    return False


def _notation(p, d, keep):
    d.space()
    name = d.take('NAME')[1]
    d.space()
    system, public = _external_id(d)
    if system is None and public is None:
        raise _Syntax(d.peek()[2])
    d.take('PUNCT', '>')
    h = p.NotationDeclHandler
    if h is not None and keep:
        p._evpos = d.last
        p._flush()
        h(name, p._base, system, public)
        return True
    return False


_DECLS = {'<!ENTITY': _entity, '<!ATTLIST': _attlist, '<!ELEMENT': _element,
          '<!NOTATION': _notation}


def _report(p, texts):
    d = p._default_handler()
    if d is not None:
        p._flush()
        for s in texts:
            d(s)


_HEAD_RE = re.compile('<!DOCTYPE(?:[^\\[>"\']|"[^"]*"|\'[^\']*\')*[\\[>]')
_DECL_RE = re.compile('<![A-Za-z]+(?:[^>"\']|"[^"]*"|\'[^\']*\')*>')
_TAIL_RE = re.compile('\\][ \t\n]*>')
_UNIT_RE = re.compile('<!--.*?-->|<\\?.*?\\?>|%' + NAME + ';|[ \t\n]+', re.S)


def head(p, buf, pos, end):
    """The DOCTYPE declaration up to its '[' or '>': -1 if incomplete, else the position after
    it (p._state is set to the internal subset's state after a '[')."""
    m = _HEAD_RE.match(buf, pos)
    if m is None:
        if not p._final and p._bad is None:
            return -1
        stop = end
    else:
        stop = m.end()
    try:
        toks = _tokens(p, buf, pos, stop)
        d = _Decl(toks, 0)
        d.take('DECL', '<!DOCTYPE')
        d.space()
        name = d.take('NAME')[1]
        t = d.peek()
        system = public = None
        if t[0] == 'NAME':
            d.space()
            system, public = _external_id(d)
            if system is None:
                raise _Syntax(t[2])
            if p._standalone != 1 and not p._pe_parsing:
                h = p.NotStandaloneHandler
                p._evpos = d.last
                if h is not None and not h():
                    raise _Syntax(t[2], _t.NOT_STANDALONE)
        t = d.take()
        if t[1] != '>' and t[1] != '[':
            raise _Syntax(t[2])
    except _Syntax as e:
        p._fail(e.code, e.pos)
    start = p.StartDoctypeDeclHandler
    if system is not None:
        p._has_pe_refs = True
    p._evpos = t[2]
    p._pos = stop
    p._dtd = [True, system, public]
    if start is not None:
        p._flush()
        start(name, system, public, 0 if t[1] == '>' else 1)
    else:
        _report(p, d.raw())
    if t[1] == '>':
        _close(p, system, public)
        return stop
    p._state = 6
    return stop


def subset(p):
    """Process the internal subset's complete declarations; True when more input is needed."""
    buf = p._buf
    end = len(buf)
    pos = p._pos
    try:
        while pos < end:
            c = buf[pos]
            p._evpos = pos
            if c == '<' and buf.startswith('<!', pos) and not buf.startswith('<!--', pos):
                m = _DECL_RE.match(buf, pos)
                if m is None:
                    break
                toks = _tokens(p, buf, pos, m.end())
                fn = _DECLS.get(toks[0][1])
                if fn is None:
                    raise _Syntax(pos)
                d = _Decl(toks, 1)
                d.start = 0
                p._pos = m.end()
                if not fn(p, d, p._dtd[0]):
                    _report(p, d.raw())
                pos = m.end()
            elif c == ']':
                m = _TAIL_RE.match(buf, pos)
                if m is None:
                    if end - pos > 1 and buf[pos + 1:].strip(' \t\n'):
                        raise _Syntax(pos + 1 + len(buf[pos + 1:]) - len(buf[pos + 1:].lstrip(' \t\n')))
                    break
                p._pos = m.end()
                p._evpos = m.end() - 1
                p._state = 1
                if p.EndDoctypeDeclHandler is None:
                    _report(p, _tokens_text(p, buf, pos, m.end()))
                _close(p, p._dtd[1], p._dtd[2])
                return False
            else:
                m = _UNIT_RE.match(buf, pos)
                if m is None and not p._final:
                    m2 = _t.NAME_RE.match(buf, pos)
                    if m2 is not None and m2.end() == end:
                        break
                if m is None:
                    if c == '<' or c == '%':
                        if end - pos < 4 or c == '<':
                            break
                    raise _Syntax(pos, _t.INVALID_TOKEN if c not in 'abcdefghijklmnopqrstuvwxyz'
                                  'ABCDEFGHIJKLMNOPQRSTUVWXYZ' else _t.SYNTAX)
                text = m.group()
                nxt = m.end()
                p._pos = nxt
                if c == '<' and text[1] == '!':
                    body = text[4:-3]
                    if '--' in body or body.endswith('-'):
                        raise _Syntax(pos + 4 + (body + '-').find('--') + 2, _t.INVALID_TOKEN)
                    p._event(p.CommentHandler, text, body)
                elif c == '<':
                    _pi(p, ('PI', text, pos))
                elif c == '%':
                    p._has_pe_refs = True
                    if p._standalone != 1:
                        h = p.NotStandaloneHandler
                        if h is not None and not h():
                            raise _Syntax(pos, _t.NOT_STANDALONE)
                    p._dtd[0] = p._standalone == 1
                    _report(p, [text])
                else:
                    _report(p, [text])
                pos = nxt
    except _Syntax as e:
        p._fail(e.code, e.pos)
    p._pos = pos
    if p._final and p._bad is None:
        p._fail(_t.UNCLOSED_TOKEN if pos < end else _t.NO_ELEMENTS, pos)
    return True


def _tokens_text(p, buf, pos, end):
    return [t[1] for t in _tokens(p, buf, pos, end)]


def _close(p, system, public=None):
    if (system is not None or p._foreign_dtd) and p._pe_parsing:
        p._foreign_dtd = False
        h = p.ExternalEntityRefHandler
        if h is not None:
            p._flush()
            if not h(None, p._base, system, public):
                raise _Syntax(p._pos, 21)
    h = p.EndDoctypeDeclHandler
    if h is not None:
        p._flush()
        h()


def _pi(p, t):
    text = t[1]
    m = re.match(NAME, text[2:])
    if m is None:
        raise _Syntax(t[2] + 2, _t.INVALID_TOKEN)
    target = m.group()
    rest = text[2 + m.end():-2]
    if rest and rest[0] not in ' \t\n':
        raise _Syntax(t[2] + 2 + m.end(), _t.INVALID_TOKEN)
    if target.lower() == 'xml':
        raise _Syntax(t[2], _t.MISPLACED_XML_PI if target == 'xml' else _t.INVALID_TOKEN)
    p._event(p.ProcessingInstructionHandler, text, target, rest.lstrip(' \t\n'))
