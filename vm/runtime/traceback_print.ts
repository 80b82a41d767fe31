// Printing exceptions as CPython 3.11 does (traceback.py / pythonrun.c): the chain of causes
// and contexts, "Traceback (most recent call last):", one entry per frame with the source line
// and 3.11's position carets (~~~^^^ anchors for binary operators and subscripts), repeated
// frames collapsed, SyntaxError's own layout, and the exception line with its notes.
import * as fs from 'node:fs';
import { mem } from '../../stmgc/heap';
import { K, T, typeOf, layoutOf } from './types';
import { L_LIST, L_STR, L_TUPLE } from './layouts';
import { E_CAUSE, E_CONTEXT, E_SUPPRESS, E_TRACEBACK, PyException } from './errors';
import { getattrOpt, iterToArray, names as N, reprJs, strOf } from './protocol';
import { TB_FRAME, TB_LASTI, TB_LINENO, TB_NEXT } from '../objects/exceptions';
import { FR_CODE } from '../interp/frame_layout';
import { codeInfo } from '../objects/code';
import { strJs } from '../objects/str_core';
import { typeName, isSubtype } from '../objects/type_core';
import { parse } from '../../compiler/parser';
import { excAttr } from '../objects/exceptions';
import { tupleItems } from '../objects/tuple_core';
import { listItems } from '../objects/list_core';
import { classDisplayName } from '../objects/object';
import { offerSuggestion } from './suggestions';

const lineCache = new Map<string, string[] | null>();
export function sourceLine(filename: string, lineno: number): string | null {
  let lines = lineCache.get(filename);
  if (lines === undefined) {
    try {
      lines = fs.readFileSync(filename, 'utf8').split(/\r\n|\r|\n/);
    } catch {
      lines = null;
    }
    lineCache.set(filename, lines);
  }
  if (lines === null || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1];
}
/** Programs given with -c or on stdin register their text here. */
export function registerSource(filename: string, text: string): void {
  lineCache.set(filename, text.split(/\r\n|\r|\n/));
}

function byteToChar(line: string, byteOffset: number): number {
  const b = Buffer.from(line, 'utf8').subarray(0, byteOffset);
  return b.toString('utf8').length;
}

function displayWidth(line: string, offset: number): number {
  let w = 0;
  for (const ch of line.slice(0, offset)) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1faff) ||
      (c >= 0x20000 && c <= 0x3fffd))) ? 2 : 1;
  }
  return w;
}

interface Anchors { left: number; right: number }

function anchorsFor(segment: string): Anchors | null {
  let tree;
  try {
    tree = parse(segment, '<string>', 'exec');
  } catch {
    return null;
  }
  if (tree.nodeType !== 'Module' || tree.body.length !== 1) return null;
  const st = tree.body[0];
  if (st.nodeType !== 'Expr') return null;
  const e = st.value;
  const norm = (o: number): number => byteToChar(segment, o);
  if (e.nodeType === 'BinOp') {
    const opStart = norm(e.left.end_col_offset);
    const opEnd = norm(e.right.col_offset);
    const opStr = segment.slice(opStart, opEnd);
    const opOffset = opStr.length - opStr.trimStart().length;
    let left = e.left.end_col_offset + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !/\s/.test(opStr[opOffset + 1])) right += 1;
    while (left < segment.length && (/\s/.test(segment[left]) || ')#'.includes(segment[left]))) {
      left++;
      right++;
    }
    return { left: norm(left), right: norm(right) };
  }
  if (e.nodeType === 'Subscript') {
    let left = norm(e.value.end_col_offset);
    let right = norm(e.slice.end_col_offset + 1);
    while (left < segment.length && (/\s/.test(segment[left]) || segment[left] !== '[')) left++;
    while (right < segment.length && (/\s/.test(segment[right]) || segment[right] !== ']')) right++;
    if (right < segment.length) right++;
    return { left, right };
  }
  return null;
}

export interface Entry { filename: string; lineno: number; name: string; pc: number; code: number }

export function formatEntry(en: Entry): string {
  let out = `  File "${en.filename}", line ${en.lineno}, in ${en.name}\n`;
  const line = en.lineno >= 1 ? sourceLine(en.filename, en.lineno) : null;
  if (line === null || line.trim() === '') return out;
  const stripped = line.trim();
  out += `    ${stripped}\n`;
  const ci = codeInfo(en.code);
  const lt = ci.linetable;
  const l0 = lt[en.pc * 4];
  const col = lt[en.pc * 4 + 1];
  const endLine = lt[en.pc * 4 + 2];
  const endCol = lt[en.pc * 4 + 3];
  if (l0 !== en.lineno || col < 0 || endCol < 0) return out;
  const strippedChars = line.length - line.trimStart().length;
  const start = byteToChar(line, col);
  let end = byteToChar(line, endCol);
  const segment = line.slice(start, end);
  let anchors: Anchors | null = null;
  if (endLine === l0) anchors = anchorsFor(segment);
  else end = line.trimEnd().length;
  if (end - start < stripped.length || (anchors !== null && anchors.right - anchors.left > 0)) {
    const dpStart = displayWidth(line, start) + 1;
    const dpEnd = displayWidth(line, end) + 1;
    out += '    ' + ' '.repeat(dpStart - 1 - strippedChars);
    if (anchors !== null) {
      const l = displayWidth(segment, anchors.left);
      const r = displayWidth(segment, anchors.right);
      out += '~'.repeat(l) + '^'.repeat(r - l) + '~'.repeat(dpEnd - dpStart - r);
    } else out += '^'.repeat(dpEnd - dpStart);
    out += '\n';
  }
  return out;
}

function tracebackEntries(tb: number): Entry[] {
  const out: Entry[] = [];
  for (let t = tb; t !== 0 && t !== K.None; t = mem[t + TB_NEXT]) {
    const f = mem[t + TB_FRAME];
    const code = mem[f + FR_CODE];
    const ci = codeInfo(code);
    out.push({ filename: ci.filename, lineno: mem[t + TB_LINENO] >> 1, name: ci.name, pc: mem[t + TB_LASTI] >> 1, code });
  }
  return out;
}

function formatEntries(entries: Entry[]): string {
  let out = '';
  let last: Entry | null = null;
  let count = 0;
  const flush = (): void => {
    if (count > 3) out += `  [Previous line repeated ${count - 3} more time${count - 3 === 1 ? '' : 's'}]\n`;
  };
  for (const en of entries) {
    if (last !== null && last.filename === en.filename && last.lineno === en.lineno && last.name === en.name) {
      count++;
      if (count > 3) continue;
    } else {
      flush();
      count = 1;
    }
    last = en;
    out += formatEntry(en);
  }
  flush();
  return out;
}

/** The class as pythonrun.c's print_exception names it: qualname, with the module unless it
 *  is builtins or __main__ ("<unknown>." when __module__ is not a str). */
function excTypeName(exc: number): string {
  const t = typeOf(exc);
  const qn = getattrOpt(t, N.qualname);
  const name = qn !== 0 && layoutOf(qn) === L_STR ? strJs(qn) : typeName(t);
  const mod = getattrOpt(t, N.module);
  if (mod === 0 || layoutOf(mod) !== L_STR) return `<unknown>.${name}`;
  const m = strJs(mod);
  return m === 'builtins' || m === '__main__' ? name : `${m}.${name}`;
}

function safeStr(exc: number): string {
  try {
    return strOf(exc);
  } catch (e) {
    if (e instanceof PyException) return '<exception str() failed>';
    throw e;
  }
}

/** The "TypeName: message" part, SyntaxError layout and notes (traceback.format_exception_only). */
export function formatExceptionOnly(exc: number): string {
  const name = excTypeName(exc);
  let out: string;
  if (isSubtype(typeOf(exc), T.SyntaxError)) out = formatSyntaxErrorObject(exc, name);
  else {
    const msg = safeStr(exc);
    const suggestion = offerSuggestion(exc);
    const hint = suggestion === null ? '' : `. Did you mean: '${suggestion}'?`;
    out = msg === '' ? `${name}${hint}\n` : `${name}: ${msg}${hint}\n`;
  }
  const notes = excAttr(exc, '__notes__');
  if (notes !== 0 && notes !== K.None) {
    if (layoutOf(notes) === L_LIST || layoutOf(notes) === L_TUPLE) {
      for (const n of layoutOf(notes) === L_LIST ? listItems(notes) : tupleItems(notes)) {
        out += (layoutOf(n) === L_STR ? strJs(n) : safeStr(n)) + '\n';
      }
    } else out += `${reprJs(notes)}\n`;
  }
  return out;
}

function formatSyntaxErrorObject(exc: number, name: string): string {
  const get = (n: string): number => excAttr(exc, n);
  const filename = get('filename');
  const lineno = get('lineno');
  const text = get('text');
  const offset = get('offset');
  const endOffset = get('end_offset');
  const endLineno = get('end_lineno');
  const msgV = get('msg');
  const msg = msgV !== 0 && msgV !== K.None ? strOf(msgV) : safeStr(exc);
  let out = '';
  const fn = filename !== 0 && filename !== K.None ? strOf(filename) : '<string>';
  const ln = lineno !== 0 && lineno !== K.None ? Number(strOf(lineno)) : 0;
  if (lineno !== 0 && lineno !== K.None) out += `  File "${fn}", line ${ln}\n`;
  if (text !== 0 && text !== K.None) {
    const raw = strOf(text);
    const rtext = raw.replace(/\n$/, '');
    const ltext = rtext.replace(/^[ \t\f]+/, '');
    const spaces = rtext.length - ltext.length;
    out += `    ${ltext}\n`;
    if (offset !== 0 && offset !== K.None) {
      let off = Number(strOf(offset));
      let end = endOffset !== 0 && endOffset !== K.None ? Number(strOf(endOffset)) : off;
      const endLn = endLineno !== 0 && endLineno !== K.None ? Number(strOf(endLineno)) : ln;
      if (endLn !== ln || end <= off) end = off + 1;
      if (end > rtext.length + 1) end = rtext.length + 1;
      const colno = off - 1 - spaces;
      const endColno = end - 1 - spaces;
      if (colno >= 0) {
        const caretSpace = ltext.slice(0, colno).replace(/\S/g, ' ');
        out += `    ${caretSpace}${'^'.repeat(Math.max(1, endColno - colno))}\n`;
      }
    }
  }
  return out + `${name}: ${msg}\n`;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;
const CAUSE_MSG = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_MSG = '\nDuring handling of the above exception, another exception occurred:\n\n';

/** traceback._ExceptionPrintContext: the nesting of exception groups being printed. */
interface PrintCtx { seen: Set<number>; depth: number; needClose: boolean; out: string[] }

function indentOf(ctx: PrintCtx): string { return ' '.repeat(2 * ctx.depth); }

/** Every line of `text` prefixed by the group margin (textwrap.indent with an always-true predicate). */
function emit(ctx: PrintCtx, text: string, margin = '|'): void {
  if (ctx.depth === 0) {
    ctx.out.push(text);
    return;
  }
  const prefix = `${indentOf(ctx)}${margin} `;
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl + 1;
    ctx.out.push(prefix + text.slice(start, end));
    start = end;
  }
}

function isNone(v: number): boolean { return v === 0 || v === K.None; }

/** TracebackException.format: the chain of one exception, then (for groups) its members boxed. */
function formatInto(exc: number, ctx: PrintCtx): void {
  const chain: [string | null, number][] = [];
  let cur = exc;
  ctx.seen.add(cur);
  for (;;) {
    const cause = mem[cur + E_CAUSE];
    const context = mem[cur + E_CONTEXT];
    let next = 0;
    let msg: string | null = null;
    if (!isNone(cause)) {
      msg = CAUSE_MSG;
      next = cause;
    } else if (!isNone(context) && mem[cur + E_SUPPRESS] !== 3) {
      msg = CONTEXT_MSG;
      next = context;
    }
    chain.push([null, cur]);
    if (next === 0 || ctx.seen.has(next)) break;
    ctx.seen.add(next);
    chain[chain.length - 1][0] = msg;
    cur = next;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const e = chain[i][1];
    if (chain[i][0] !== null) emit(ctx, chain[i][0]!);
    const tb = mem[e + E_TRACEBACK];
    const hasStack = !isNone(tb);
    if (!isSubtype(typeOf(e), T.BaseExceptionGroup)) {
      if (hasStack) {
        emit(ctx, 'Traceback (most recent call last):\n');
        emit(ctx, formatEntries(tracebackEntries(tb)));
      }
      emit(ctx, formatExceptionOnly(e));
    } else if (ctx.depth > MAX_GROUP_DEPTH) {
      emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else {
      const top = ctx.depth === 0;
      if (top) ctx.depth++;
      if (hasStack) {
        emit(ctx, 'Exception Group Traceback (most recent call last):\n', top ? '+' : '|');
        emit(ctx, formatEntries(tracebackEntries(tb)));
      }
      emit(ctx, formatExceptionOnly(e));
      const members = groupMembers(e);
      const n = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
      ctx.needClose = false;
      for (let k = 0; k < n; k++) {
        const last = k === n - 1;
        if (last) ctx.needClose = true;
        const truncated = k >= MAX_GROUP_WIDTH;
        const title = truncated ? '...' : String(k + 1);
        ctx.out.push(`${indentOf(ctx)}${k === 0 ? '+-' : '  '}+---------------- ${title} ----------------\n`);
        ctx.depth++;
        if (!truncated) {
          formatInto(members[k], ctx);
        } else {
          const remaining = members.length - MAX_GROUP_WIDTH;
          emit(ctx, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
        }
        if (last && ctx.needClose) {
          ctx.out.push(`${indentOf(ctx)}+------------------------------------\n`);
          ctx.needClose = false;
        }
        ctx.depth--;
      }
      if (top) ctx.depth = 0;
    }
  }
}

function groupMembers(g: number): number[] {
  const v = excAttr(g, 'exceptions');
  if (v === 0 || layoutOf(v) !== L_TUPLE) return [];
  return tupleItems(v);
}

/** The traceback and the exception alone, no chained exceptions: what CPython's default
 *  sys.unraisablehook prints (runtime/unraisable.ts). */
export function formatExceptionUnchained(exc: number): string {
  const tb = mem[exc + E_TRACEBACK];
  const head = isNone(tb) ? '' : `Traceback (most recent call last):\n${formatEntries(tracebackEntries(tb))}`;
  return head + formatExceptionOnly(exc);
}

/** The whole report for an uncaught exception (sys.excepthook's output). */
export function formatException(exc: number): string {
  const ctx: PrintCtx = { seen: new Set(), depth: 0, needClose: false, out: [] };
  formatInto(exc, ctx);
  return ctx.out.join('');
}

export const _keep = [typeName, getattrOpt, iterToArray, N, classDisplayName];
