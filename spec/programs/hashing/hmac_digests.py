# hmac: new/update/digest/hexdigest/copy, the one-call digest, compare_digest
import hashlib
import hmac

key = b'key'
msg = b'The quick brown fox jumps over the lazy dog'
print(hmac.new(key, msg, 'md5').hexdigest())
print(hmac.new(key, msg, hashlib.sha256).hexdigest())
h = hmac.new(b'k' * 200, digestmod='sha512')
h.update(msg[:10])
c = h.copy()
h.update(msg[10:])
print(h.name, h.digest_size, h.block_size, h.hexdigest())
print(c.hexdigest() == hmac.new(b'k' * 200, msg[:10], 'sha512').hexdigest())
print(hmac.digest(key, msg, 'sha1').hex(), hmac.digest(key, msg, hashlib.sha1).hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('ab', 'abc'))
try:
    hmac.new(key, msg)
except TypeError as e:
    print(e)
try:
    hmac.compare_digest('é', 'é')
except TypeError as e:
    print(e)
