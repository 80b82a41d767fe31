// Quoted-printable for binascii (CPython 3.11's binascii_a2b_qp_impl / binascii_b2a_qp_impl,
// byte for byte): the encoder's rules for which bytes become =XX, its soft line breaks before
// column 76 and its CRLF detection (the first LF preceded by CR makes every line end CRLF) are
// CPython's, so quopri and email produce the same text. Plain Uint8Arrays in and out.

const MAXLINESIZE = 76;
const HEXU = Uint8Array.from('0123456789ABCDEF', (c) => c.charCodeAt(0));

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** a2b_qp: =XX escapes, soft line breaks (= before a line end), '_' as space in headers; a
 *  malformed escape is kept as it is. */
export function a2bQp(a: Uint8Array, header: boolean): Uint8Array {
  const n = a.length;
  const out = new Uint8Array(n);
  let i = 0;
  let o = 0;
  while (i < n) {
    const c = a[i];
    if (c === 61) {
      i++;
      if (i >= n) break;
      const d = a[i];
      if (d === 10 || d === 13) {
        if (d !== 10) while (i < n && a[i] !== 10) i++;
        if (i < n) i++;
      } else if (d === 61) {
        out[o++] = 61; // (a broken encoder's '==')
        i++;
      } else if (i + 1 < n && hexValue(d) >= 0 && hexValue(a[i + 1]) >= 0) {
        out[o++] = (hexValue(d) << 4) | hexValue(a[i + 1]);
        i += 2;
      } else {
        out[o++] = 61;
      }
    } else if (header && c === 95) {
      out[o++] = 32;
      i++;
    } else {
      out[o++] = c;
      i++;
    }
  }
  return out.slice(0, o);
}

/** b2a_qp: see the file header. */
export function b2aQp(d: Uint8Array, quotetabs: boolean, istext: boolean, header: boolean): Uint8Array {
  const n = d.length;
  const lf = d.indexOf(10);
  const crlf = lf > 0 && d[lf - 1] === 13;
  let out = new Uint8Array(Math.max(16, n * 3 + 16));
  let o = 0;
  const room = (k: number): void => {
    if (o + k <= out.length) return;
    const grown = new Uint8Array(out.length * 2 + k);
    grown.set(out.subarray(0, o));
    out = grown;
  };
  const softBreak = (): void => {
    room(3);
    out[o++] = 61;
    if (crlf) out[o++] = 13;
    out[o++] = 10;
  };
  let linelen = 0;
  let i = 0;
  while (i < n) {
    const c = d[i];
    const encode = c > 126 || c === 61 || (header && c === 95) ||
      (c === 46 && linelen === 0 && (i + 1 === n || d[i + 1] === 10 || d[i + 1] === 13 || d[i + 1] === 0)) ||
      (!istext && (c === 13 || c === 10)) ||
      ((c === 9 || c === 32) && i + 1 === n) ||
      (c < 33 && c !== 13 && c !== 10 && (quotetabs || (c !== 9 && c !== 32)));
    if (encode) {
      if (linelen + 3 >= MAXLINESIZE) {
        softBreak();
        linelen = 0;
      }
      room(3);
      out[o++] = 61;
      out[o++] = HEXU[c >> 4];
      out[o++] = HEXU[c & 15];
      i++;
      linelen += 3;
    } else if (istext && (c === 10 || (i + 1 < n && c === 13 && d[i + 1] === 10))) {
      linelen = 0;
      room(5);
      // protect whitespace at the end of a line
      if (o > 0 && (out[o - 1] === 32 || out[o - 1] === 9)) {
        const w = out[o - 1];
        out[o - 1] = 61;
        out[o++] = HEXU[w >> 4];
        out[o++] = HEXU[w & 15];
      }
      if (crlf) out[o++] = 13;
      out[o++] = 10;
      i += c === 13 ? 2 : 1;
    } else {
      if (i + 1 !== n && d[i + 1] !== 10 && linelen + 1 >= MAXLINESIZE) {
        softBreak();
        linelen = 0;
      }
      linelen++;
      room(1);
      out[o++] = header && c === 32 ? 95 : c;
      i++;
    }
  }
  return out.slice(0, o);
}
