# unittest._minire: a small backtracking regular-expression matcher (our own), used by the
# regex assertions only while pystm has no `re` module. It supports literals and escapes
# (\d \w \s \D \W \S, escaped punctuation), '.', classes [a-z] / [^...], anchors ^ $,
# groups (...) / (?:...) with |, and greedy * + ? {m} {m,n}. Anything else raises
# NotImplementedError naming the pattern, so a test never passes on a misread pattern.
__unittest = True

_DIGITS = '0123456789'


def _is_word(c):
    return c.isalnum() or c == '_'


def _class_escape(c):
    if c == 'd':
        return ('digit', False)
    if c == 'D':
        return ('digit', True)
    if c == 'w':
        return ('word', False)
    if c == 'W':
        return ('word', True)
    if c == 's':
        return ('space', False)
    if c == 'S':
        return ('space', True)
    return None


_SIMPLE_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', '0': '\0'}


class _Parser:
    def __init__(self, pattern):
        self.p = pattern
        self.i = 0

    def fail(self, why):
        raise NotImplementedError('pystm unittest: cannot handle the regular expression %r without '
                                  'the re module (%s)' % (self.p, why))

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else ''

    def parse_alt(self):
        alts = [self.parse_seq()]
        while self.peek() == '|':
            self.i += 1
            alts.append(self.parse_seq())
        return alts

    def parse_seq(self):
        seq = []
        while self.i < len(self.p) and self.peek() not in '|)':
            atom = self.parse_atom()
            atom = self.parse_quant(atom)
            seq.append(atom)
        return seq

    def parse_quant(self, atom):
        c = self.peek()
        braces = self._brace_quant() if c == '{' else None
        if c in ('*', '+', '?'):
            self.i += 1
            lo, hi = {'*': (0, -1), '+': (1, -1), '?': (0, 1)}[c]
        elif braces is not None:
            lo, hi = braces
        else:
            return atom
        if self.peek() in ('?', '+'):
            self.fail('lazy or possessive quantifier')
        if atom[0] in ('bol', 'eol'):
            self.fail('quantified anchor')
        return ('rep', atom, lo, hi)

    def _brace_quant(self):
        j = self.p.find('}', self.i)
        if j < 0:
            return None
        body = self.p[self.i + 1:j]
        parts = body.split(',')
        if len(parts) > 2 or not parts[0].isdigit() or (len(parts) == 2 and parts[1] and not parts[1].isdigit()):
            return None
        self.i = j + 1
        lo = int(parts[0])
        hi = lo if len(parts) == 1 else (int(parts[1]) if parts[1] else -1)
        return lo, hi

    def parse_atom(self):
        c = self.p[self.i]
        self.i += 1
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '(':
            if self.p.startswith('?:', self.i):
                self.i += 2
            elif self.peek() == '?':
                self.fail('(?...) extension')
            alts = self.parse_alt()
            if self.peek() != ')':
                self.fail('unbalanced parenthesis')
            self.i += 1
            return ('group', alts)
        if c == '[':
            return self.parse_class()
        if c == '\\':
            return self.parse_escape(False)
        if c in '*+?':
            self.fail('nothing to repeat')
        return ('lit', c)

    def parse_escape(self, in_class):
        if self.i >= len(self.p):
            self.fail('trailing backslash')
        c = self.p[self.i]
        self.i += 1
        esc = _class_escape(c)
        if esc is not None:
            return ('class', [esc], False)
        if c in _SIMPLE_ESCAPES:
            return ('lit', _SIMPLE_ESCAPES[c])
        if c.isalnum():
            self.fail('escape \\' + c)
        return ('lit', c)

    def parse_class(self):
        negated = False
        if self.peek() == '^':
            negated = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(self.p):
                self.fail('unterminated character class')
            c = self.p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            self.i += 1
            if c == '\\':
                node = self.parse_escape(True)
                if node[0] == 'class':
                    items.extend(node[1])
                    continue
                c = node[1]
            if self.peek() == '-' and self.i + 1 < len(self.p) and self.p[self.i + 1] != ']':
                self.i += 1
                hi = self.p[self.i]
                self.i += 1
                if hi == '\\':
                    node = self.parse_escape(True)
                    if node[0] != 'lit':
                        self.fail('bad range')
                    hi = node[1]
                items.append(('range', c, hi))
            else:
                items.append(('range', c, c))
        return ('class', items, negated)


def _class_has(items, negated, ch):
    hit = False
    for item in items:
        kind = item[0]
        if kind == 'range':
            if item[1] <= ch <= item[2]:
                hit = True
        elif kind == 'digit':
            if (ch in _DIGITS) != item[1]:
                hit = True
        elif kind == 'word':
            if _is_word(ch) != item[1]:
                hit = True
        elif kind == 'space':
            if ch.isspace() != item[1]:
                hit = True
        if hit:
            break
    return hit != negated


def _single(node, text, pos):
    """For one-character atoms: does node match text[pos]? None if node is not such an atom."""
    kind = node[0]
    if pos >= len(text):
        return False
    ch = text[pos]
    if kind == 'lit':
        return ch == node[1]
    if kind == 'any':
        return ch != '\n'
    if kind == 'class':
        return _class_has(node[1], node[2], ch)
    return None


def _match_seq(seq, i, text, pos, k):
    if i == len(seq):
        return k(pos)
    node = seq[i]
    kind = node[0]
    nxt = lambda p: _match_seq(seq, i + 1, text, p, k)
    if kind in ('lit', 'any', 'class'):
        if _single(node, text, pos):
            return nxt(pos + 1)
        return None
    if kind == 'bol':
        return nxt(pos) if pos == 0 else None
    if kind == 'eol':
        if pos == len(text) or (pos == len(text) - 1 and text[pos] == '\n'):
            return nxt(pos)
        return None
    if kind == 'group':
        for alt in node[1]:
            r = _match_seq(alt, 0, text, pos, nxt)
            if r is not None:
                return r
        return None
    if kind == 'rep':
        atom, lo, hi = node[1], node[2], node[3]
        if atom[0] in ('lit', 'any', 'class'):
            n = 0
            while (hi < 0 or n < hi) and _single(atom, text, pos + n):
                n += 1
            while n >= lo:
                r = nxt(pos + n)
                if r is not None:
                    return r
                n -= 1
            return None
        return _match_rep(atom, lo, hi, 0, text, pos, nxt)
    raise AssertionError(kind)


def _match_rep(atom, lo, hi, count, text, pos, k):
    if hi < 0 or count < hi:
        def more(p):
            if p == pos:
                return None
            return _match_rep(atom, lo, hi, count + 1, text, p, k)
        r = _match_seq([atom], 0, text, pos, more)
        if r is not None:
            return r
    if count >= lo:
        return k(pos)
    return None


class MiniMatch:
    def __init__(self, text, start, end):
        self.string = text
        self._start = start
        self._end = end

    def start(self):
        return self._start

    def end(self):
        return self._end

    def group(self, n=0):
        if n != 0:
            raise NotImplementedError('pystm unittest: groups are not captured without re')
        return self.string[self._start:self._end]


class MiniPattern:
    def __init__(self, pattern):
        if isinstance(pattern, bytes):
            self._bytes = True
            text = pattern.decode('latin-1')
        else:
            self._bytes = False
            text = pattern
        self.pattern = pattern
        parser = _Parser(text)
        self._alts = parser.parse_alt()
        if parser.i != len(text):
            parser.fail('unbalanced parenthesis')

    def _prep(self, text):
        if self._bytes:
            if not isinstance(text, (bytes, bytearray)):
                raise TypeError('cannot use a bytes pattern on a string-like object')
            return bytes(text).decode('latin-1')
        if not isinstance(text, str):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        return text

    def match(self, text, pos=0):
        s = self._prep(text)
        for alt in self._alts:
            end = _match_seq(alt, 0, s, pos, lambda p: p)
            if end is not None:
                return MiniMatch(text, pos, end)
        return None

    def search(self, text):
        s = self._prep(text)
        for start in range(len(s) + 1):
            for alt in self._alts:
                end = _match_seq(alt, 0, s, start, lambda p: p)
                if end is not None:
                    return MiniMatch(text, start, end)
        return None


def compile(pattern):
    return MiniPattern(pattern)
