# test.support._stringio: a small in-memory text stream (write/getvalue/read/seek) for
# captured_stdout and friends, used when the io module is not available.
__all__ = ['StringIO']


class StringIO:
    def __init__(self, initial_value='', newline='\n'):
        self._parts = [initial_value] if initial_value else []
        self._pos = 0
        self.closed = False

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        self._parts.append(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        if len(self._parts) > 1:
            self._parts = [''.join(self._parts)]
        return self._parts[0] if self._parts else ''

    def read(self, size=-1):
        text = self.getvalue()
        if size is None or size < 0:
            out = text[self._pos:]
        else:
            out = text[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def readline(self):
        text = self.getvalue()
        end = text.find('\n', self._pos)
        end = len(text) if end < 0 else end + 1
        out = text[self._pos:end]
        self._pos = end
        return out

    def seek(self, pos, whence=0):
        self._pos = pos
        return pos

    def truncate(self, size=None):
        text = self.getvalue()
        size = self._pos if size is None else size
        self._parts = [text[:size]]
        return size

    def tell(self):
        return self._pos

    def flush(self):
        pass

    def isatty(self):
        return False

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
