// The format-spec mini-language, parsed exactly as CPython's parse_internal_render_format_spec
// (Python/formatter_unicode.c, 3.11): [[fill]align][sign][z][#][0][width][,|_][.precision][type].
// Widths and precision accept any Unicode decimal digits; the fill may be any code point.
// Errors are FormatError('ValueError', CPython's text). The formatters that use the result live
// in format_int.ts, format_float.ts and format_str.ts (re-exported here for convenience).
// Invariant: `type` is the default type when the spec gives none (a literal NUL stays '\0').

import { FormatError } from './format_error';
import { decimalValue } from './unicode_numeric';

export type Align = '<' | '>' | '^' | '=';
/** Thousands separators: none, ',' every 3, '_' every 3, or '_' every 4 (b/o/x/X). */
export type Grouping = '' | ',' | '_' | '_4';

export interface MutableFormatSpec {
  fill: string;        // one code point, ' ' by default
  align: Align;
  sign: '' | '+' | '-' | ' ';
  noNeg0: boolean;     // 'z'
  alternate: boolean;  // '#'
  width: number;       // -1 when absent
  grouping: Grouping;
  precision: number;   // -1 when absent
  type: string;        // one code point, or the default type ('' for float)
}

/** Parsed specs are shared through a small cache, so they are read-only. */
export type FormatSpec = Readonly<MutableFormatSpec>;

function isAlign(c: string | undefined): c is Align {
  return c === '<' || c === '>' || c === '^' || c === '=';
}

const SSIZE_MAX = 9223372036854775807;

/** "'%c'" for printable ASCII, "'\\x%x'" otherwise (CPython's two-case messages). */
export function formatCodeText(code: string): string {
  const cp = code.codePointAt(0) ?? 0;
  return cp > 32 && cp < 128 ? `'${code}'` : `'\\x${cp.toString(16)}'`;
}

function invalidThousandsSeparatorType(sep: string, type: string): FormatError {
  return new FormatError('ValueError', `Cannot specify '${sep}' with ${formatCodeText(type)}.`);
}

function invalidCommaAndUnderscore(): FormatError {
  return new FormatError('ValueError', "Cannot specify both ',' and '_'.");
}

/**
 * Parse a format spec. `defaultType` is 'd' for int, '' for float/complex, 's' for str;
 * `defaultAlign` is '>' for numbers, '<' for str; `typeName` only appears in messages.
 */
export function parseFormatSpec(spec: string, defaultType = '', defaultAlign: Align = '>', typeName = 'object'): FormatSpec {
  const key = defaultType + '\x01' + defaultAlign + spec;
  const cached = specCache.get(key);
  if (cached !== undefined) return cached;
  const f = parseUncached(spec, defaultType, defaultAlign, typeName);
  if (specCache.size >= SPEC_CACHE_SIZE) specCache.clear();
  specCache.set(key, f);
  return f;
}

const SPEC_CACHE_SIZE = 512;
const specCache = new Map<string, FormatSpec>();

function parseUncached(spec: string, defaultType: string, defaultAlign: Align, typeName: string): FormatSpec {
  const cps = Array.from(spec);
  const end = cps.length;
  let pos = 0;
  const f: MutableFormatSpec = {
    fill: ' ', align: defaultAlign, sign: '', noNeg0: false, alternate: false,
    width: -1, grouping: '', precision: -1, type: defaultType,
  };
  let alignSpecified = false;
  let fillSpecified = false;
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    f.align = cps[pos + 1] as Align;
    f.fill = cps[pos];
    fillSpecified = true;
    alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    f.align = cps[pos] as Align;
    alignSpecified = true;
    pos++;
  }
  const s = cps[pos];
  if (end - pos >= 1 && (s === '+' || s === '-' || s === ' ')) {
    f.sign = s;
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === 'z') {
    f.noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  if (!fillSpecified && end - pos >= 1 && cps[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  // get_integer: a run of Unicode decimal digits.
  const readInteger = (): number => {
    let acc = 0;
    let n = 0;
    for (; pos < end; pos++, n++) {
      const d = decimalValue(cps[pos].codePointAt(0)!);
      if (d < 0) break;
      acc = acc * 10 + d;
      if (acc > SSIZE_MAX) throw new FormatError('ValueError', 'Too many decimal digits in format string');
    }
    return n === 0 ? -1 : acc;
  };
  f.width = readInteger();
  if (end - pos > 0 && cps[pos] === ',') {
    f.grouping = ',';
    pos++;
  }
  if (end - pos > 0 && cps[pos] === '_') {
    if (f.grouping !== '') throw invalidCommaAndUnderscore();
    f.grouping = '_';
    pos++;
  }
  if (end - pos > 0 && cps[pos] === ',' && f.grouping === '_') throw invalidCommaAndUnderscore();
  if (end - pos > 0 && cps[pos] === '.') {
    pos++;
    f.precision = readInteger();
    if (f.precision < 0) throw new FormatError('ValueError', 'Format specifier missing precision');
  }
  if (end - pos > 1) {
    throw new FormatError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) f.type = cps[pos];
  if (f.grouping !== '') {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '': case '\0':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping === '_') {
          f.grouping = '_4';
          break;
        }
        throw invalidThousandsSeparatorType(f.grouping, f.type);
      default:
        throw invalidThousandsSeparatorType(f.grouping === '_4' ? '_' : f.grouping, f.type);
    }
  }
  return f;
}

/** ValueError "Unknown format code 'x' for object of type 'T'". */
export function unknownPresentationType(type: string, typeName: string): FormatError {
  return new FormatError('ValueError', `Unknown format code ${formatCodeText(type)} for object of type '${typeName}'`);
}

export { formatInt } from './format_int';
export { formatFloat } from './format_float';
export { formatStr } from './format_str';
