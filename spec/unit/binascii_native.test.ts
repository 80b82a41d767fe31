// The native binascii (vm/modules/binascii_*.ts): the byte codecs against Node's own base64/hex
// and known checksums, quoted-printable and uuencode round trips, and the module in the VM:
// binascii.Error is one class on every worker (made by bootCore), a view of a bytearray is
// taken after the arguments that may run Python code, and big inputs take one native pass.
import { describe, expect, it } from 'vitest';
import { CodecError, a2bBase64, a2bHex, a2bUu, b2aBase64, b2aHex, b2aUu, crcHqx } from '../../vm/modules/binascii_codecs';
import { a2bQp, b2aQp } from '../../vm/modules/binascii_qp';
import { runPystm } from '../helpers/run';

function bytesOf(seed: number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    out[i] = (s >> 16) & 0xff;
  }
  return out;
}
const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (b: Uint8Array): string => String.fromCharCode(...b);

describe('binascii codecs', () => {
  it('base64 and hex agree with Node for every length 0..300', () => {
    for (let n = 0; n <= 300; n++) {
      const b = bytesOf(n, n);
      const e = b2aBase64(b, false);
      expect(text(e)).toBe(Buffer.from(b).toString('base64'));
      expect(Buffer.from(a2bBase64(e, true))).toEqual(Buffer.from(b));
      expect(text(b2aBase64(b, true))).toBe(Buffer.from(b).toString('base64') + '\n');
      expect(text(b2aHex(b, -1, 1))).toBe(Buffer.from(b).toString('hex'));
      expect(Buffer.from(a2bHex(b2aHex(b, -1, 1)))).toEqual(Buffer.from(b));
    }
  });

  it('hex separators count from the right for positive groups, from the left for negative', () => {
    const b = Uint8Array.from([0xab, 0xcd, 0xef, 0x01, 0x23]);
    expect(text(b2aHex(b, 58, 2))).toBe('ab:cdef:0123');
    expect(text(b2aHex(b, 58, -2))).toBe('abcd:ef01:23');
    expect(text(b2aHex(b, 58, 5))).toBe('abcdef0123');
    expect(text(b2aHex(b, 58, 1))).toBe('ab:cd:ef:01:23');
  });

  it('base64 errors are CPython\'s, lenient mode skips junk and stops at padding', () => {
    const err = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        if (e instanceof CodecError) return e.msg;
        throw e;
      }
      return 'no error';
    };
    expect(text(a2bBase64(ascii('YW!Jj\nZA==trailing'), false))).toBe('abcd');
    expect(err(() => a2bBase64(ascii('YWJjZ'), false))).toBe('Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4');
    expect(err(() => a2bBase64(ascii('YWJjZA='), false))).toBe('Incorrect padding');
    expect(err(() => a2bBase64(ascii('YWJj\n'), true))).toBe('Only base64 data is allowed');
    expect(err(() => a2bBase64(ascii('YQ==YQ=='), true))).toBe('Excess data after padding');
    expect(err(() => a2bHex(ascii('abc'))) ).toBe('Odd-length string');
    expect(err(() => a2bHex(ascii('zz')))).toBe('Non-hexadecimal digit found');
    expect(err(() => b2aUu(new Uint8Array(46), false))).toBe('At most 45 bytes at once');
  });

  it('crc_hqx is CRC-CCITT/XMODEM', () => {
    expect(crcHqx(ascii('123456789'), 0)).toBe(0x31c3);
    const b = bytesOf(7, 1000);
    expect(crcHqx(b.subarray(500), crcHqx(b.subarray(0, 500), 0))).toBe(crcHqx(b, 0));
  });

  it('uuencode and quoted-printable round trip', () => {
    for (let n = 0; n <= 45; n++) {
      const b = bytesOf(100 + n, n);
      expect(Buffer.from(a2bUu(b2aUu(b, n % 2 === 0)))).toEqual(Buffer.from(b));
      for (const [qt, it, hd] of [[false, true, false], [true, false, false], [false, false, true]] as const) {
        const q = b2aQp(b, qt, it, hd);
        for (const line of text(q).split('\n')) expect(line.length).toBeLessThanOrEqual(76);
        expect(Buffer.from(a2bQp(q, hd))).toEqual(Buffer.from(b));
      }
    }
    expect(text(b2aQp(ascii('a b\t\nc =\r\n'), false, true, false))).toBe('a b=09\nc =3D\n');
  });
});

describe('binascii in the VM', () => {
  it('is native, and its Error is the same class in a thread on another worker', () => {
    const r = runPystm(['--workers', '2', '-c', `
import binascii, threading, sys
print(binascii.__spec__ is None or 'built-in' in repr(binascii.__spec__), hasattr(binascii, '__file__'))
seen = []
def work():
    try:
        binascii.unhexlify('abc')
    except binascii.Error as e:
        seen.append((type(e) is binascii.Error, isinstance(e, ValueError), str(e)))
t = threading.Thread(target=work)
t.start(); t.join()
print(seen, binascii.Error.__module__, binascii.Incomplete.__mro__[1].__name__)
`]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("True False\n[(True, True, 'Odd-length string')] binascii Exception\n");
  });

  it('reads a bytearray after the conversions that may run Python code', () => {
    const r = runPystm(['-c', `
import binascii
ba = bytearray(b'abc')
class Flag:
    def __index__(self):
        ba[:] = b'xyz' * 20  # (CPython: BufferError, the buffer is held; here the new bytes are read)
        return 1
print(binascii.b2a_base64(ba, newline=Flag()))
`]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`b'${Buffer.from('xyz'.repeat(20)).toString('base64')}\\n'\n`);
  });

  it('encodes and decodes 8 MB in one pass each', () => {
    const r = runPystm(['-c', `
import binascii, base64, time
data = bytes(range(256)) * 32768
t = time.process_time()
e = binascii.b2a_base64(data, newline=False)
ok = binascii.a2b_base64(e) == data and base64.b64decode(base64.b64encode(data)) == data
h = binascii.unhexlify(binascii.hexlify(data)) == data
print(ok, h, len(e), binascii.crc32(data), time.process_time() - t < 20)
`], { timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True True 11184812 2982403146 True\n');
  });
});
