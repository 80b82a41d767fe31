// Source locations of a code object: our line table (4 words per instruction: line, column, end
// line, end column; line -1 = the previous instruction's location, -2 = no location at all, as
// a table given to code.replace() can say) and CPython 3.11's location table format, which
// co_linetable shows and replace(co_linetable=...) reads (InternalDocs/locations.md: entries of
// one start byte `1cccclll` (code, length-1 in code units) then varints of 6-bit chunks).
// Each of our instructions is 4 bytes of co_code, so 2 CPython code units: co_lines() ranges are
// 4 bytes per instruction and co_positions() yields 2 tuples per instruction, as CPython keeps
// len(list(co_positions())) == len(co_code) // 2. Pure functions: no heap access.

const NONE = 15;
const NO_COLUMNS = 13;
const LONG = 14;
const ONE_LINE0 = 10;

/** Per instruction (line, col, end line, end col), -1 for "none": the location each instruction
 *  reports, inherited entries filled in (a function's prologue is on its `def` line, a module's
 *  on line 0). */
export function resolvedLocations(lt: Int32Array, firstlineno: number, isModule: boolean): Int32Array {
  const n = lt.length >> 2;
  const out = new Int32Array(n * 4);
  // a module's prologue (RESUME) is at CPython's (line 0, col 0, end line 1, end col 0)
  let l = isModule ? 0 : firstlineno, c = isModule ? 0 : -1, el = isModule ? 1 : l, ec = isModule ? 0 : -1;
  for (let i = 0; i < n; i++) {
    const k = i * 4;
    if (lt[k] >= 0) {
      l = lt[k]; c = lt[k + 1]; el = lt[k + 2]; ec = lt[k + 3];
    } else if (lt[k] === -2) {
      l = c = el = ec = -1;
    }
    out[k] = l; out[k + 1] = c; out[k + 2] = l < 0 ? -1 : el; out[k + 3] = ec;
  }
  return out;
}

function varint(out: number[], v: number): void {
  while (v >= 64) {
    out.push(0x40 | (v & 63));
    v >>>= 6;
  }
  out.push(v);
}

function svarint(out: number[], v: number): void {
  varint(out, v < 0 ? ((-v) << 1) | 1 : v << 1);
}

/** CPython 3.11's co_linetable bytes for resolved locations (2 code units per instruction). */
export function encodeLocations(res: Int32Array, firstlineno: number): Uint8Array {
  const out: number[] = [];
  let prev = firstlineno;
  const units = 2;
  for (let k = 0; k < res.length; k += 4) {
    const [line, col, endLine, endCol] = [res[k], res[k + 1], res[k + 2], res[k + 3]];
    if (line < 0) {
      out.push(0x80 | (NONE << 3) | (units - 1));
      continue;
    }
    const delta = line - prev;
    prev = line;
    if (col < 0 || endCol < 0) {
      if (endLine === line) {
        out.push(0x80 | (NO_COLUMNS << 3) | (units - 1));
        svarint(out, delta);
        continue;
      }
    } else if (endLine === line && delta === 0 && col < 80 && endCol - col >= 0 && endCol - col < 16) {
      out.push(0x80 | ((col >> 3) << 3) | (units - 1), ((col & 7) << 4) | (endCol - col));
      continue;
    } else if (endLine === line && delta >= 0 && delta < 3 && col < 128 && endCol < 128) {
      out.push(0x80 | ((ONE_LINE0 + delta) << 3) | (units - 1), col, endCol);
      continue;
    }
    out.push(0x80 | (LONG << 3) | (units - 1));
    svarint(out, delta);
    varint(out, Math.max(0, endLine - line));
    varint(out, col + 1);
    varint(out, endCol + 1);
  }
  return Uint8Array.from(out);
}

/** Our line table (4 words per instruction, -2 where there is no location) for `n` instructions
 *  from CPython-format bytes: instruction i takes the location of code unit 2i; units the table
 *  does not reach have none. Reads any bytes without failing (as CPython, it trusts them). */
export function decodeLocations(b: Uint8Array, firstlineno: number, n: number): Int32Array {
  const units: number[] = [];
  let p = 0;
  const byte = (): number => (p < b.length ? b[p++] : 0);
  const readVarint = (): number => {
    let read = byte();
    let val = read & 63;
    let shift = 0;
    while ((read & 64) !== 0 && p < b.length && shift < 24) {
      read = byte();
      shift += 6;
      val |= (read & 63) << shift;
    }
    return val;
  };
  const readSvarint = (): number => {
    const u = readVarint();
    return (u & 1) !== 0 ? -(u >>> 1) : u >>> 1;
  };
  let line = firstlineno;
  while (p < b.length && units.length < n * 8) {
    const first = b[p++];
    const code = (first >> 3) & 15;
    const len = (first & 7) + 1;
    let loc: [number, number, number, number];
    if (code === NONE) loc = [-2, -1, -1, -1];
    else if (code === NO_COLUMNS) {
      line += readSvarint();
      loc = [line, -1, line, -1];
    } else if (code === LONG) {
      line += readSvarint();
      const endLine = line + readVarint();
      const col = readVarint() - 1;
      const endCol = readVarint() - 1;
      loc = [line, col, endLine, endCol];
    } else if (code >= ONE_LINE0) {
      line += code - ONE_LINE0;
      const col = byte();
      loc = [line, col, line, byte()];
    } else {
      const second = byte();
      const col = code * 8 + ((second >> 4) & 7);
      loc = [line, col, line, col + (second & 15)];
    }
    if (loc[0] < 0) loc = [-2, -1, -1, -1];
    for (let i = 0; i < len; i++) units.push(...loc);
  }
  const out = new Int32Array(n * 4);
  for (let i = 0; i < n; i++) {
    const u = 2 * i * 4;
    if (u < units.length) out.set(units.slice(u, u + 4), i * 4);
    else out.set([-2, -1, -1, -1], i * 4);
  }
  return out;
}

/** CPython 3.11's co_lnotab (Objects/codeobject.c decode_linetable's rules) from the resolved
 *  locations: a (byte delta, line delta) pair each time the line changes, an instruction being
 *  4 bytes here; deltas beyond a byte split as CPython splits them; no line counts as -1. */
export function lnotabOf(res: Int32Array, firstlineno: number): Uint8Array {
  const out: number[] = [];
  const pair = (b: number, l: number) => { out.push(b & 255, l & 255); };
  let line = firstlineno;
  let offset = 0;
  for (let i = 0; 4 * i < res.length; i++) {
    const l = res[4 * i] < 0 ? -1 : res[4 * i];
    if (l === line) continue;
    let bdelta = 4 * i - offset;
    let ldelta = l - line;
    while (bdelta > 255) { pair(255, 0); bdelta -= 255; }
    while (ldelta > 127) { pair(bdelta, 127); bdelta = 0; ldelta -= 127; }
    while (ldelta < -128) { pair(bdelta, -128); bdelta = 0; ldelta += 128; }
    pair(bdelta, ldelta);
    offset = 4 * i;
    line = l;
  }
  return Uint8Array.from(out);
}
