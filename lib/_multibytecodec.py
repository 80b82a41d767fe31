# CPython's _multibytecodec written for pystm: the drivers every CJK codec runs under
# (MultibyteCodec's one-shot encode/decode, MultibyteIncrementalEncoder/Decoder with CPython's
# getstate/setstate layout, MultibyteStreamReader/Writer), over an "engine" per codec that does
# the byte work. lib/_codec_cjk.py makes the engines: the stateless codecs run on the native
# tables (_cjk), hz and iso2022_* on lib/_codec_iso2022.py. An engine has
#   encinit() / decinit() -> bytearray(8)        CPython's MultibyteCodec_State.c
#   encode(state, text, pos, flush) -> (bytes, pos, err)   err 0 (done), 1 (the character at
#       pos cannot be encoded), TOOFEW (a character waits for the next one; only if not flush)
#   encreset(state) -> bytes, or None when the codec has no reset
#   decode(state, data, pos) -> (str, pos, err)  err 0 (all used), n > 0 (illegal: n bytes at
#       pos), TOOFEW (the input ends inside a sequence at pos)
#   decreset(state), or None
#   quick_encode(text) / quick_decode(data): the whole input in one step from a fresh state if
#       that meets no error (else None: the general path runs), or the attribute is None
# State layouts as CPython's (test_multibytecodec checks the integers): an incremental
# encoder's state is int.from_bytes(len(pending utf-8) + pending utf-8 + state.c, 'little'), a
# decoder's (pending bytes, int.from_bytes(state.c, 'little')).
try:
    from _codecs import _encode_handler_result, _decode_handler_result
except ImportError:  # CPython: compiler/tools/gen_cjk_stateful.py runs this file to check it
    import codecs as _std

    def _decode_handler_result(exc, errors):
        rep, pos = _std.lookup_error(errors)(exc)
        return rep, pos + len(exc.object) if pos < 0 else pos
    _encode_handler_result = _decode_handler_result

TOOFEW = -1
MAXENCPENDING = 2
MAXDECPENDING = 8
_REASONS = {TOOFEW: 'incomplete multibyte sequence'}


def _reason(err):
    return _REASONS.get(err, 'illegal multibyte sequence')


def _strict(errors):
    return errors is None or errors == 'strict'


def _as_text(obj):
    if isinstance(obj, str):
        return obj
    text = str(obj)
    if not isinstance(text, str):
        raise TypeError("couldn't convert the object to unicode.")
    return text


def _as_bytes(obj):
    if isinstance(obj, bytes):
        return obj
    if isinstance(obj, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    with memoryview(obj) as view:
        return view.tobytes()


def encode_text(codec, state, text, errors, flush, reset):
    """(bytes, characters used): CPython's multibytecodec_encode."""
    engine = codec.engine
    if not text and not reset:
        return (b'', 0)
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        data, pos, err = engine.encode(state, text, pos, flush)
        out.append(data)
        if err == 0 or (err == TOOFEW and not flush):
            break
        end = n if err == TOOFEW else pos + err
        exc = UnicodeEncodeError(codec.name, text, pos, end, _reason(err))
        if _strict(errors):
            raise exc
        rep, pos = _encode_handler_result(exc, errors)
        if isinstance(rep, str):
            # the replacement goes through the codec with its state (strict)
            rep, _ = encode_text(codec, state, rep, 'strict', True, False)
        out.append(bytes(rep))
        if err == TOOFEW:
            break
    if reset and engine.encreset is not None:
        out.append(engine.encreset(state))
    return (b''.join(out), pos)


def decode_bytes(codec, state, data, pos, errors, out):
    """Feed data[pos:] (CPython's decoder_feed_buffer): the text goes to out; returns where an
    unfinished sequence waits (len(data) when none)."""
    engine = codec.engine
    n = len(data)
    while pos < n:
        text, pos, err = engine.decode(state, data, pos)
        out.append(text)
        if err == 0 or err == TOOFEW:
            break
        pos = decode_error(codec, data, pos, pos + err, err, errors, out)
    return pos


def decode_error(codec, data, start, end, err, errors, out):
    exc = UnicodeDecodeError(codec.name, data, start, end, _reason(err))
    if _strict(errors):
        raise exc
    text, pos = _decode_handler_result(exc, errors)
    out.append(text)
    return pos


_MISSING = object()


def _check_call(method, input, errors):
    """The argument errors of CPython's clinic-generated MultibyteCodec.encode/decode."""
    if input is _MISSING:
        raise TypeError("%s() missing required argument 'input' (pos 1)" % method)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("%s() argument 'errors' must be str or None, not %s" % (method, type(errors).__name__))


class MultibyteCodec:
    """The codec object of a CJK codec: one-shot encode and decode from a fresh state."""

    def __init__(self, name, engine):
        self.name = name
        self.engine = engine

    def encode(self, input=_MISSING, errors=None):
        _check_call('encode', input, errors)
        text = _as_text(input)
        quick = self.engine.quick_encode
        if quick is not None:
            data = quick(text)
            if data is not None:
                return (data, len(text))
        data, _ = encode_text(self, self.engine.encinit(), text, errors, True, True)
        return (data, len(text))

    def decode(self, input=_MISSING, errors=None):
        _check_call('decode', input, errors)
        data = _as_bytes(input)
        if not data:
            return ('', 0)
        quick = self.engine.quick_decode
        if quick is not None:
            text = quick(data)
            if text is not None:
                return (text, len(data))
        out = []
        state = self.engine.decinit()
        pos = decode_bytes(self, state, data, 0, errors, out)
        while pos < len(data):
            pos = decode_error(self, data, pos, len(data), TOOFEW, errors, out)
            if pos < len(data):
                pos = decode_bytes(self, state, data, pos, errors, out)
        return (''.join(out), len(data))


class _Stateful:
    """What the four classes share: the codec (a class attribute, as CPython's encodings
    modules set it), the state, `errors` (settable, not deletable)."""

    def _start(self, errors, argument=1):
        if not isinstance(type(self).codec, MultibyteCodec):
            raise TypeError('codec is unexpected type')
        if not isinstance(errors, str):
            raise TypeError('%s() argument %d must be str, not %s'
                            % (type(self).__name__, argument, 'None' if errors is None else type(errors).__name__))
        self._errors = errors

    @property
    def errors(self):
        return self._errors

    @errors.setter
    def errors(self, value):
        if not isinstance(value, str):
            raise TypeError('errors must be a string')
        self._errors = value

    @errors.deleter
    def errors(self):
        raise AttributeError('cannot delete attribute')


class _EncoderBase(_Stateful):
    def _start(self, errors, argument=1):
        _Stateful._start(self, errors, argument)
        self._state = self.codec.engine.encinit()
        self._pending = ''

    def _encode(self, input, final):
        text = self._pending + _as_text(input)
        data, used = encode_text(self.codec, self._state, text, self._errors, final, final)
        rest = text[used:]
        if len(rest) > MAXENCPENDING:
            raise UnicodeError('pending buffer overflow')
        self._pending = rest
        return data


class _DecoderBase(_Stateful):
    def _start(self, errors, argument=1):
        _Stateful._start(self, errors, argument)
        self._state = self.codec.engine.decinit()
        self._pending = b''

    def _feed(self, data, final):
        """Decode pending + data; an unfinished sequence stays pending unless final."""
        data = self._pending + data
        out = []
        pos = decode_bytes(self.codec, self._state, data, 0, self._errors, out)
        if final and pos < len(data):
            pos = decode_error(self.codec, data, pos, len(data), TOOFEW, self._errors, out)
            while pos < len(data):
                pos = decode_bytes(self.codec, self._state, data, pos, self._errors, out)
                if pos < len(data):
                    pos = decode_error(self.codec, data, pos, len(data), TOOFEW, self._errors, out)
        rest = data[pos:]
        if len(rest) > MAXDECPENDING:
            raise UnicodeError('pending buffer overflow')
        self._pending = rest
        return ''.join(out)

    def _reset(self):
        if self.codec.engine.decreset is not None:
            self.codec.engine.decreset(self._state)
        self._pending = b''


class MultibyteIncrementalEncoder(_EncoderBase):
    def __init__(self, errors='strict'):
        self._start(errors)

    def encode(self, input, final=False):
        return self._encode(input, bool(final))

    def getstate(self):
        pending = self._pending.encode('utf-8')
        if len(pending) > MAXENCPENDING * 4:
            raise UnicodeError('pending buffer too large')
        return int.from_bytes(bytes([len(pending)]) + pending + bytes(self._state), 'little')

    def setstate(self, state):
        if not isinstance(state, int):
            raise TypeError('setstate() argument must be int, not %s' % type(state).__name__)
        raw = state.to_bytes(1 + MAXENCPENDING * 4 + 8, 'little', signed=False) if state >= 0 else None
        if raw is None:
            raise OverflowError("can't convert negative int to unsigned")
        size = raw[0]
        if size > MAXENCPENDING * 4:
            raise UnicodeError('pending buffer too large')
        pending = raw[1:1 + size].decode('utf-8')
        self._pending = pending
        self._state[:] = raw[1 + size:1 + size + 8]

    def reset(self):
        # CPython runs the codec's reset for its state but drops the bytes it writes
        if self.codec.engine.encreset is not None:
            self.codec.engine.encreset(self._state)
        self._pending = ''


class MultibyteIncrementalDecoder(_DecoderBase):
    def __init__(self, errors='strict'):
        self._start(errors)

    def decode(self, input, final=False):
        return self._feed(_as_bytes(input), bool(final))

    def getstate(self):
        return (self._pending, int.from_bytes(bytes(self._state), 'little'))

    def setstate(self, state):
        if not isinstance(state, tuple):
            raise TypeError('setstate() argument must be tuple, not %s' % type(state).__name__)
        if len(state) != 2 or not isinstance(state[0], bytes) or not isinstance(state[1], int):
            raise TypeError('setstate(): illegal state argument')
        pending, flags = state
        if len(pending) > MAXDECPENDING:
            raise UnicodeError('pending buffer too large')
        if flags < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if flags >= 1 << 64:
            raise OverflowError('int too big to convert')
        self._pending = pending
        self._state[:] = flags.to_bytes(8, 'little')

    def reset(self):
        self._reset()


class MultibyteStreamReader(_DecoderBase):
    def __init__(self, stream, errors='strict'):
        self._start(errors, 2)
        self.stream = stream

    def _iread(self, method, size):
        if size == 0:
            return ''
        out = []
        while True:
            chunk = getattr(self.stream, method)() if size < 0 else getattr(self.stream, method)(size)
            if not isinstance(chunk, bytes):
                raise TypeError('stream function returned a non-bytes object (%.100s)' % type(chunk).__name__)
            text = self._feed(chunk, not chunk or size < 0) if chunk or self._pending else ''
            out.append(text)
            if size < 0 or text or not chunk:
                break
            size = 1  # read one more byte and retry
        return ''.join(out)

    def read(self, sizeobj=None):
        return self._iread('read', _size_arg(sizeobj))

    def readline(self, sizeobj=None):
        return self._iread('readline', _size_arg(sizeobj))

    def readlines(self, sizehintobj=None):
        text = self._iread('read', _size_arg(sizehintobj))
        return text.splitlines(True)

    def reset(self):
        self._reset()


def _size_arg(obj):
    if obj is None:
        return -1
    if not isinstance(obj, int):
        raise TypeError("arg 1 must be an integer")
    return obj


class MultibyteStreamWriter(_EncoderBase):
    def __init__(self, stream, errors='strict'):
        self._start(errors, 2)
        self.stream = stream

    def write(self, strobj):
        self.stream.write(self._encode(strobj, False))

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def reset(self):
        # CPython 3.11 flushes only when a character is pending (the codec's reset runs then)
        if not self._pending:
            return None
        pending = self._pending
        self._pending = ''
        data, _ = encode_text(self.codec, self._state, pending, self._errors, True, True)
        if data:
            self.stream.write(data)
