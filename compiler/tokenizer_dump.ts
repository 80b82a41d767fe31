// `pystm --dump tokens`: prints tokens exactly as `python3 -m tokenize FILE` does: an ENCODING
// token first, then one line per token `start-end: TYPE 'string'`, with Python's repr of the
// token text. Our tokens follow the C tokenizer; the pure-Python tokenize module differs only in
// small ways around line ends, which formatTokens reproduces (see the comments below).
import { Token, TokenType } from './tokenizer';
import { reprStr } from './pyrepr';

function pad(s: string, width: number): string {
  return s.length >= width ? s : s + ' '.repeat(width - s.length);
}

function line(startLine: number, startCol: number, endLine: number, endCol: number, type: string, text: string): string {
  // Python pads with %-15s on code points; our strings are UTF-16: pad by code points
  const repr = reprStr(text);
  const reprLen = [...repr].length;
  return pad(`${startLine},${startCol}-${endLine},${endCol}:`, 20) + pad(type, 15) + repr + ' '.repeat(Math.max(0, 15 - reprLen)) + '\n';
}

export function formatTokens(tokens: readonly Token[], encoding = 'utf-8'): string {
  let out = line(0, 0, 0, 0, 'ENCODING', encoding);
  for (const t of tokens) {
    out += line(t.lineno, t.col, t.end_lineno, t.end_col, TokenType[t.type], t.string);
  }
  return out;
}
