# pickle: errors of the native unpickler: every truncation of a pickle of each protocol
# (EOFError 'Ran out of input' at 0 bytes, UnpicklingError 'pickle data was truncated' or
# 'pickle exhausted before end of frame' after), invalid load keys, stack underflow, MARK
# errors, memo misses, odd DICT/SETITEMS, bad NEWOBJ arguments, an unknown protocol, and a
# file-backed unpickler with the same truncations.
import io
import pickle

obj = [1, -300, 70000, 2 ** 40, 'abc', 'é', b'xy', (1, 2), {'k': 1.5}, None, True]
for proto in range(6):
    data = pickle.dumps(obj, proto)
    seen = {}
    for n in range(len(data)):
        for loader in ('loads', 'file'):
            try:
                if loader == 'loads':
                    pickle.loads(data[:n])
                else:
                    pickle.load(io.BytesIO(data[:n]))
                r = 'no error'
            except Exception as e:
                r = '%s: %s' % (type(e).__name__, e)
            seen[r] = seen.get(r, 0) + 1
    print(proto, sorted(seen.items()))

bad = [b'', b'\x00', b"'", b'\\', b'z', b'\xff', b'0.', b'(.', b'1.', b'K\x01t.', b'a.',
       b'h\x05.', b'j\x05\x00\x00\x00.', b'g7\n.', b'(K\x01d.', b'}(K\x01u.', b'K\x01K\x02\x81.',
       b'\x80\x09.', b'N\x85\x87.', b'N\x86.', b'Q.', b'P1\n.', b'\x82\x00.', b'S1\n.',
       b'I1x\n.', b'\x93.', b'K\x01K\x02\x93.', b'\x8b\xff\xff\xff\xff.', b'T\xff\xff\xff\xff.',
       b'\x95\x05\x00\x00\x00\x00\x00\x00\x00N.']
for b in bad:
    try:
        r = pickle.loads(b)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(b, r)
