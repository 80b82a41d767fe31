"""io for pystm: the in-memory streams StringIO and BytesIO (written here in Python), the I/O
base classes, and open/TextIOWrapper/Buffered* re-exported from the native _io module
(vm/modules/io.ts). Written for pystm.

StringIO keeps its text as a list of pieces joined lazily (so repeated write() is linear) and a
position counted in characters; BytesIO keeps a bytearray and a byte position. Both follow
CPython's behaviour for seek/tell/truncate, reading past the end, and use after close().
"""

import _io
from _io import open, TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom, DEFAULT_BUFFER_SIZE

try:
    from _io import UnsupportedOperation
except ImportError:
    class UnsupportedOperation(OSError, ValueError):
        pass

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO', 'StringIO',
           'BufferedIOBase', 'BufferedReader', 'BufferedWriter', 'BufferedRWPair',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation',
           'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'text_encoding',
           'IncrementalNewlineDecoder', 'open_code']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

BlockingIOError = BlockingIOError


def text_encoding(encoding, stacklevel=2):
    return 'locale' if encoding is None else encoding


def open_code(path):
    return open(path, 'rb')


class _IOMeta(type):
    """isinstance(f, io.IOBase) is also true for the native file objects of _io."""

    def __instancecheck__(cls, obj):
        if type.__instancecheck__(cls, obj):
            return True
        native = _NATIVE.get(cls.__name__)
        return native is not None and isinstance(obj, native)

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        native = _NATIVE.get(cls.__name__)
        return native is not None and isinstance(sub, type) and issubclass(sub, native)


class IOBase(metaclass=_IOMeta):
    """The base of every stream: closing, context management, iteration over lines."""

    _closed = False

    def _checkClosed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._checkClosed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def seek(self, pos, whence=0):
        raise UnsupportedOperation('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation('truncate')

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def __del__(self):
        pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


class FileIO(RawIOBase):
    def __init__(self, *args, **kwargs):
        raise UnsupportedOperation('FileIO is not available in pystm; use open(..., buffering=0)')


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = reader
        self.writer = writer

    def read(self, size=-1):
        return self.reader.read(size)

    def write(self, b):
        return self.writer.write(b)

    def readable(self):
        return True

    def writable(self):
        return True


_NATIVE = {
    'IOBase': (TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom),
    'TextIOBase': (TextIOWrapper,),
    'BufferedIOBase': (BufferedReader, BufferedWriter, BufferedRandom),
}


class StringIO(TextIOBase):
    """A text stream kept in memory."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._newline = newline
        self._value = self._translate(initial_value)
        self._pending = []
        self._pos = 0

    def _checkClosed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if nl in ('\r', '\r\n'):
            return s.replace('\n', nl)
        return s

    def _text(self):
        if self._pending:
            self._value += ''.join(self._pending)
            self._pending = []
        return self._value

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def getvalue(self):
        self._checkClosed()
        return self._text()

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        n = len(s)
        s = self._translate(s)
        if not s:
            return n
        end = len(self._value) + sum(len(p) for p in self._pending) if self._pending else len(self._value)
        if self._pos == end:
            self._pending.append(s)
        else:
            v = self._text()
            if self._pos > len(v):
                v += '\0' * (self._pos - len(v))
            self._value = v[:self._pos] + s + v[self._pos + len(s):]
        self._pos += len(s)
        return n

    def read(self, size=-1):
        self._checkClosed()
        v = self._text()
        if size is None or size < 0:
            r = v[self._pos:]
        else:
            r = v[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._checkClosed()
        v = self._text()
        if size is None:
            size = -1
        end = v.find('\n', self._pos)
        end = len(v) if end < 0 else end + 1
        if size >= 0:
            end = min(end, self._pos + size)
        r = v[self._pos:end]
        self._pos += len(r)
        return r

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        self._checkClosed()
        if not isinstance(pos, int):
            raise TypeError(f'an integer is required (got type {type(pos).__name__})')
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._text())
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError(f'Negative size value {pos}')
        v = self._text()
        if pos < len(v):
            self._value = v[:pos]
        return pos

    def close(self):
        self._closed = True

    def detach(self):
        raise UnsupportedOperation('detach')

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)

    def __repr__(self):
        return f'<_io.StringIO object at {id(self):#x}>'


class BytesIO(BufferedIOBase):
    """A binary stream kept in memory."""

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._buf = bytearray(initial_bytes)
        self._pos = 0

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        self._checkClosed()
        return bytes(self._buf)

    def getbuffer(self):
        self._checkClosed()
        return memoryview(self._buf)

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError(f"a bytes-like object is required, not 'str'")
        data = bytes(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(b'\0' * (pos - len(self._buf)))
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        r = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return r

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readline(self, size=-1):
        self._checkClosed()
        buf = self._buf
        end = bytes(buf[self._pos:]).find(b'\n')
        end = len(buf) if end < 0 else self._pos + end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = bytes(buf[self._pos:end])
        self._pos += len(r)
        return r

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError(f'negative size value {pos}')
        del self._buf[pos:]
        return pos

    def __repr__(self):
        return f'<_io.BytesIO object at {id(self):#x}>'


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r to \\n across chunk boundaries (universal newlines)."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = '\r' + output
            self._pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pendingcr = True
        if self.translate:
            output = output.replace('\r\n', '\n').replace('\r', '\n')
        return output

    def reset(self):
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()
