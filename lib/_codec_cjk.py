# The CJK codecs, written for pystm. The 16 stateless ones (big5, big5hkscs, cp932, cp949, cp950,
# euc_jis_2004, euc_jisx0213, euc_jp, euc_kr, gb18030, gb2312, gbk, johab, shift_jis,
# shift_jis_2004, shift_jisx0213) run on the tables of lib/_cjk_tables.py (the character sets'
# mappings as CPython 3.11's codecs apply them, generated and checked against them by
# compiler/tools/gen_cjk_codecs.py) in the native module _cjk (vm/modules/cjk_module.ts,
# cjk_tables.ts): a sequence is read from its first byte, errors are "illegal multibyte
# sequence" (CPython's lengths: usually the first byte only) and "incomplete multibyte
# sequence" at the end. The stateful ones (hz, iso2022_*) are lib/_codec_iso2022.py's engines.
# Every codec runs under lib/_multibytecodec.py's drivers (one-shot, incremental with CPython's
# state layout, streams), as CPython's encodings modules build them; _codecs_own.py registers
# the codecs.

import codecs
import _cjk
import _multibytecodec as _mbc
import _codec_iso2022
from _cjk_tables import TABLES, ALIASES

_blobs = {}


def _loaded(name):
    blob = _blobs.get(name)
    if blob is None:
        blob = _blobs[name] = ''.join(TABLES[name])
    _cjk.load(name, blob)  # once per isolate (a worker has its own tables)
    return name


class _Stateless:
    """A stateless codec as a lib/_multibytecodec.py engine over _cjk."""
    encreset = None
    decreset = None

    def __init__(self, name):
        self.name = name

    def encinit(self):
        return bytearray(8)

    decinit = encinit

    def encode(self, state, text, pos, flush):
        data, stop, failed = _cjk.encode(_loaded(self.name), text, pos, flush)
        return (data, stop, 1 if failed else _mbc.TOOFEW if stop < len(text) else 0)

    def decode(self, state, data, pos):
        text, stop, end, reason = _cjk.decode(_loaded(self.name), data, pos, False)
        if reason == 1:
            return (text, stop, end - stop)
        return (text, stop, _mbc.TOOFEW if stop < len(data) else 0)

    def quick_encode(self, text):
        data, stop, failed = _cjk.encode(_loaded(self.name), text, 0, True)
        return None if failed else data

    def quick_decode(self, data):
        text, stop, end, reason = _cjk.decode(_loaded(self.name), data, 0, True)
        return text if reason == 0 else None


def codec_name(key):
    """The codec's name for a normalized encoding name, or None."""
    key = ALIASES.get(key, _codec_iso2022.ALIASES.get(key, key))
    return key if key in TABLES or key in _codec_iso2022.STATEFUL else None


_codecs = {}


def getcodec(name):
    """The MultibyteCodec object of a codec (CPython's _codecs_xx.getcodec)."""
    codec = _codecs.get(name)
    if codec is None:
        engine = _codec_iso2022.engine(name) if name in _codec_iso2022.STATEFUL else _Stateless(name)
        codec = _codecs[name] = _mbc.MultibyteCodec(name, engine)
    return codec


def codec_info(name):
    """As CPython's encodings/<name>.py builds it."""
    codec = getcodec(name)

    class Codec(codecs.Codec):
        encode = codec.encode
        decode = codec.decode

    class IncrementalEncoder(_mbc.MultibyteIncrementalEncoder, codecs.IncrementalEncoder):
        pass

    class IncrementalDecoder(_mbc.MultibyteIncrementalDecoder, codecs.IncrementalDecoder):
        pass

    class StreamReader(Codec, _mbc.MultibyteStreamReader, codecs.StreamReader):
        pass

    class StreamWriter(Codec, _mbc.MultibyteStreamWriter, codecs.StreamWriter):
        pass

    for cls in (IncrementalEncoder, IncrementalDecoder, StreamReader, StreamWriter):
        cls.codec = codec
    return codecs.CodecInfo(name=name, encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
