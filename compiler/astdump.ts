// ast.dump() of CPython 3.11, byte for byte: `dumpAst(node, {includeAttributes, indent})`.
// Optional fields that are None are omitted (ast.dump checks the class default), operators and
// contexts print as `Add()`, `Load()`; constants use Python's repr (pyrepr.ts). With indent it
// is what `python3 -m ast FILE` prints (indent=3).
import { NODE_ATTRIBUTES, NODE_FIELDS, NODE_OPTIONAL_FIELDS, type Node, type NodeType } from './ast';
import { reprConstant, reprStr } from './pyrepr';
import type { ConstantValue } from './constants';

export interface DumpOptions {
  includeAttributes?: boolean;
  indent?: number | null;
}

type Dumped = [text: string, simple: boolean];

/** An identifier inside a list field (Global.names, MatchClass.kwd_attrs): printed with repr. */
class Identifier {
  constructor(readonly name: string) {}
}

export function dumpAst(node: Node, opts: DumpOptions = {}): string {
  const includeAttributes = opts.includeAttributes === true;
  const indent = opts.indent === undefined || opts.indent === null ? null : ' '.repeat(opts.indent);

  const format = (value: unknown, level: number, isConstantValue: boolean): Dumped => {
    let prefix = '';
    let sep = ', ';
    if (indent !== null) {
      level += 1;
      prefix = '\n' + indent.repeat(level);
      sep = ',\n' + indent.repeat(level);
    }
    if (isConstantValue) return [reprConstant(value as ConstantValue), true];
    if (Array.isArray(value)) {
      if (value.length === 0) return ['[]', true];
      return ['[' + prefix + value.map((x) => format(x, level, false)[0]).join(sep) + ']', false];
    }
    if (typeof value === 'string') {
      // fieldless sum members ('Add', 'Load', ...) are strings in our AST
      return [value + '()', true];
    }
    if (value instanceof Identifier) return [reprStr(value.name), true];
    if (value === null || value === undefined) return ['None', true];
    if (typeof value === 'number') return [String(value), true];
    if (typeof value === 'object' && 'nodeType' in (value as object)) {
      const n = value as Node & Record<string, unknown>;
      const type = n.nodeType as NodeType;
      const args: string[] = [];
      let allSimple = true;
      const optional = NODE_OPTIONAL_FIELDS[type];
      for (const name of NODE_FIELDS[type]) {
        const v = n[name];
        if (v === null && optional.includes(name)) continue;
        const isConst = name === 'value' && (type === 'Constant' || type === 'MatchSingleton');
        let dumped: Dumped;
        if (isStringField(type, name) && typeof v === 'string') dumped = [reprStr(v), true];
        else if (isStringField(type, name) && Array.isArray(v)) dumped = format(v.map((x) => new Identifier(x as string)), level, false);
        else dumped = format(v, level, isConst);
        const [text, simple] = dumped;
        allSimple = allSimple && simple;
        args.push(`${name}=${text}`);
      }
      if (includeAttributes) {
        for (const name of NODE_ATTRIBUTES[type]) {
          const v = n[name];
          if (v === null || v === undefined) continue;
          args.push(`${name}=${v}`);
        }
      }
      if (allSimple && args.length <= 3) return [`${type}(${args.join(', ')})`, args.length === 0];
      return [`${type}(${prefix}${args.join(sep)})`, false];
    }
    throw new Error('dumpAst: unexpected value ' + String(value));
  };
  return format(node, 0, false)[0];
}

/** Fields holding identifiers or strings (printed with repr), as opposed to operator and context
 *  kinds (also vm/modules/ast_bridge.ts, which turns them into str objects). */
export function isStringField(type: NodeType, name: string): boolean {
  switch (name) {
    case 'name': case 'id': case 'attr': case 'arg': case 'module': case 'asname': case 'kind':
    case 'type_comment': case 'tag': case 'rest':
      return true;
    case 'names':
      return type === 'Global' || type === 'Nonlocal';
    case 'kwd_attrs':
      return true;
    default:
      return false;
  }
}
