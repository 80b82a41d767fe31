// pickle's LONG1/LONG4 argument encoding (vm/modules/pickle_long.ts): encodeLong/decodeLong
// against CPython's pickle.encode_long outputs for edge values, and round trips.
import { describe, expect, it } from 'vitest';
import { decodeLong, encodeLong } from '../../vm/modules/pickle_long';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('pickle encode_long / decode_long', () => {
  it('matches CPython pickle.encode_long', () => {
    // python3 -c "import pickle; print(pickle.encode_long(x).hex())"
    const cases: [bigint, string][] = [
      [0n, ''], [255n, 'ff00'], [-256n, '00ff'], [-32768n, '0080'], [-128n, '80'], [127n, '7f'],
      [-1n, 'ff'], [32767n, 'ff7f'], [128n, '8000'], [-129n, '7fff'],
      [2n ** 31n, '00000080 00'.replace(' ', '')], [-(2n ** 31n) - 1n, 'ffffff7fff'],
      [2n ** 64n, '0000000000000000 01'.replace(' ', '')],
    ];
    for (const [x, h] of cases) expect(hex(encodeLong(x)), String(x)).toBe(h);
  });

  it('round-trips', () => {
    for (let k = 0; k < 200; k++) {
      const x = (k % 2 ? -1n : 1n) * (3n ** BigInt(k)) + BigInt(k);
      expect(decodeLong(encodeLong(x))).toBe(x);
    }
    expect(decodeLong(new Uint8Array([0xff, 0x00]))).toBe(255n);
    expect(decodeLong(new Uint8Array([]))).toBe(0n);
  });
});
