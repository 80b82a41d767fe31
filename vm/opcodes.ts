// THE opcode table (DESIGN §2, §9.1): every opcode's number, operand kind, stack effect, flags and
// a one-line meaning. Codegen, assemble (stack depth), the disassembler and later the
// interpreter and the JIT all read this table; `satisfies Record<OpName, OpInfo>` makes a missing
// entry a type error.
//
// Encoding: one instruction = one 32-bit word in an Int32Array.
//
//    31                                   8 7          0
//   +---------------------------------------+------------+
//   |  argument, unsigned, 24 bits (w >>> 8) |   opcode   |   opcode = w & 0xff
//   +---------------------------------------+------------+
//
// No EXTENDED_ARG (an argument >= 2^24 is a compile error), no inline cache slots (the VM keeps
// per-worker caches keyed by code object and pc, so shared code is never written), no
// specialized opcodes. Jump arguments are absolute instruction indices. JUMP_BACKWARD is the
// only backward jump: it is where the JIT counts hot loops and where a transaction may break.
// Semantics follow CPython 3.11's opcodes of the same names except where a line says otherwise.

export type OperandKind =
  | 'none' | 'const' | 'name' | 'local' | 'deref' | 'jump' | 'count' | 'binop' | 'cmpop' | 'flag' | 'raw';

export const HAS_JUMP = 1;
export const IS_BACKWARD_JUMP = 2;
/** Control never falls through to the next instruction. */
export const TERMINATOR = 4;
export const CAN_RAISE = 8;

export interface OpInfo {
  code: number;
  operand: OperandKind;
  /** Net stack effect; `jump` is true when the branch is taken (for jumps). */
  effect: (arg: number, jump: boolean) => number;
  flags: number;
  doc: string;
}

const fixed = (n: number) => (): number => n;

export const OPCODES = {
  NOP: { code: 0, operand: 'none', effect: fixed(0), flags: 0, doc: 'do nothing' },
  RESUME: { code: 1, operand: 'raw', effect: fixed(0), flags: 0, doc: 'start or resume a frame (0 start, 1 after yield, 2 after yield from, 3 after await)' },
  POP_TOP: { code: 2, operand: 'none', effect: fixed(-1), flags: 0, doc: 'pop TOS' },
  PUSH_NULL: { code: 3, operand: 'none', effect: fixed(1), flags: 0, doc: 'push NULL (the "no self" slot of a call)' },
  COPY: { code: 4, operand: 'count', effect: fixed(1), flags: 0, doc: 'push a copy of the i-th item (1 = TOS)' },
  SWAP: { code: 5, operand: 'count', effect: fixed(0), flags: 0, doc: 'swap TOS with the i-th item' },
  LOAD_CONST: { code: 6, operand: 'const', effect: fixed(1), flags: 0, doc: 'push consts[i]' },
  LOAD_NAME: { code: 7, operand: 'name', effect: fixed(1), flags: CAN_RAISE, doc: 'push locals/globals/builtins lookup of names[i]' },
  STORE_NAME: { code: 8, operand: 'name', effect: fixed(-1), flags: CAN_RAISE, doc: 'locals[names[i]] = pop' },
  DELETE_NAME: { code: 9, operand: 'name', effect: fixed(0), flags: CAN_RAISE, doc: 'del locals[names[i]]' },
  LOAD_GLOBAL: { code: 10, operand: 'name', effect: fixed(1), flags: CAN_RAISE, doc: 'push globals/builtins lookup of names[i] (no NULL bit, unlike 3.11: calls push NULL explicitly)' },
  STORE_GLOBAL: { code: 11, operand: 'name', effect: fixed(-1), flags: CAN_RAISE, doc: 'globals[names[i]] = pop' },
  DELETE_GLOBAL: { code: 12, operand: 'name', effect: fixed(0), flags: CAN_RAISE, doc: 'del globals[names[i]]' },
  LOAD_FAST: { code: 13, operand: 'local', effect: fixed(1), flags: CAN_RAISE, doc: 'push fast local i (UnboundLocalError if unset)' },
  STORE_FAST: { code: 14, operand: 'local', effect: fixed(-1), flags: 0, doc: 'fast local i = pop' },
  DELETE_FAST: { code: 15, operand: 'local', effect: fixed(0), flags: CAN_RAISE, doc: 'unset fast local i' },
  LOAD_DEREF: { code: 16, operand: 'deref', effect: fixed(1), flags: CAN_RAISE, doc: 'push the contents of cell i (index into cellvars + freevars)' },
  STORE_DEREF: { code: 17, operand: 'deref', effect: fixed(-1), flags: 0, doc: 'cell i contents = pop' },
  DELETE_DEREF: { code: 18, operand: 'deref', effect: fixed(0), flags: CAN_RAISE, doc: 'empty cell i' },
  LOAD_CLOSURE: { code: 19, operand: 'deref', effect: fixed(1), flags: 0, doc: 'push cell i itself (to build a closure)' },
  LOAD_CLASSDEREF: { code: 20, operand: 'deref', effect: fixed(1), flags: CAN_RAISE, doc: 'class body: class locals, then cell i' },
  MAKE_CELL: { code: 21, operand: 'deref', effect: fixed(0), flags: 0, doc: 'create cell i (from the parameter of the same name if any)' },
  COPY_FREE_VARS: { code: 22, operand: 'count', effect: fixed(0), flags: 0, doc: 'copy n free-variable cells from the function closure' },
  LOAD_ATTR: { code: 23, operand: 'name', effect: fixed(0), flags: CAN_RAISE, doc: 'TOS = getattr(TOS, names[i])' },
  STORE_ATTR: { code: 24, operand: 'name', effect: fixed(-2), flags: CAN_RAISE, doc: 'setattr(TOS, names[i], TOS1); pop both' },
  DELETE_ATTR: { code: 25, operand: 'name', effect: fixed(-1), flags: CAN_RAISE, doc: 'delattr(pop, names[i])' },
  LOAD_METHOD: { code: 26, operand: 'name', effect: fixed(1), flags: CAN_RAISE, doc: 'replace obj by (method, obj) or (attr, NULL) for CALL' },
  BINARY_OP: { code: 27, operand: 'binop', effect: fixed(-1), flags: CAN_RAISE, doc: 'TOS = TOS1 <op> TOS (in-place variants for arg >= 13)' },
  UNARY_POSITIVE: { code: 28, operand: 'none', effect: fixed(0), flags: CAN_RAISE, doc: 'TOS = +TOS' },
  UNARY_NEGATIVE: { code: 29, operand: 'none', effect: fixed(0), flags: CAN_RAISE, doc: 'TOS = -TOS' },
  UNARY_NOT: { code: 30, operand: 'none', effect: fixed(0), flags: CAN_RAISE, doc: 'TOS = not TOS' },
  UNARY_INVERT: { code: 31, operand: 'none', effect: fixed(0), flags: CAN_RAISE, doc: 'TOS = ~TOS' },
  COMPARE_OP: { code: 32, operand: 'cmpop', effect: fixed(-1), flags: CAN_RAISE, doc: 'TOS = TOS1 <cmp> TOS' },
  IS_OP: { code: 33, operand: 'flag', effect: fixed(-1), flags: 0, doc: 'TOS = TOS1 is TOS (is not when arg is 1)' },
  CONTAINS_OP: { code: 34, operand: 'flag', effect: fixed(-1), flags: CAN_RAISE, doc: 'TOS = TOS1 in TOS (not in when arg is 1)' },
  BINARY_SUBSCR: { code: 35, operand: 'none', effect: fixed(-1), flags: CAN_RAISE, doc: 'TOS = TOS1[TOS]' },
  STORE_SUBSCR: { code: 36, operand: 'none', effect: fixed(-3), flags: CAN_RAISE, doc: 'TOS1[TOS] = TOS2' },
  DELETE_SUBSCR: { code: 37, operand: 'none', effect: fixed(-2), flags: CAN_RAISE, doc: 'del TOS1[TOS]' },
  BUILD_SLICE: { code: 38, operand: 'count', effect: (n) => 1 - n, flags: 0, doc: 'slice(start, stop[, step]) from 2 or 3 items' },
  BUILD_TUPLE: { code: 39, operand: 'count', effect: (n) => 1 - n, flags: 0, doc: 'tuple of the top n items' },
  BUILD_LIST: { code: 40, operand: 'count', effect: (n) => 1 - n, flags: 0, doc: 'list of the top n items' },
  BUILD_SET: { code: 41, operand: 'count', effect: (n) => 1 - n, flags: CAN_RAISE, doc: 'set of the top n items' },
  BUILD_MAP: { code: 42, operand: 'count', effect: (n) => 1 - 2 * n, flags: CAN_RAISE, doc: 'dict of the top n key/value pairs' },
  BUILD_CONST_KEY_MAP: { code: 43, operand: 'count', effect: (n) => -n, flags: CAN_RAISE, doc: 'dict of n values and a tuple of keys on top' },
  BUILD_STRING: { code: 44, operand: 'count', effect: (n) => 1 - n, flags: 0, doc: 'concatenate the top n strings' },
  LIST_APPEND: { code: 45, operand: 'count', effect: fixed(-1), flags: 0, doc: 'list at stack[-i] .append(pop)' },
  SET_ADD: { code: 46, operand: 'count', effect: fixed(-1), flags: CAN_RAISE, doc: 'set at stack[-i] .add(pop)' },
  MAP_ADD: { code: 47, operand: 'count', effect: fixed(-2), flags: CAN_RAISE, doc: 'dict at stack[-i] [TOS1] = TOS; pop both' },
  LIST_EXTEND: { code: 48, operand: 'count', effect: fixed(-1), flags: CAN_RAISE, doc: 'list at stack[-i] .extend(pop)' },
  SET_UPDATE: { code: 49, operand: 'count', effect: fixed(-1), flags: CAN_RAISE, doc: 'set at stack[-i] .update(pop)' },
  DICT_UPDATE: { code: 50, operand: 'count', effect: fixed(-1), flags: CAN_RAISE, doc: 'dict at stack[-i] .update(pop)' },
  DICT_MERGE: { code: 51, operand: 'count', effect: fixed(-1), flags: CAN_RAISE, doc: 'like DICT_UPDATE, but a repeated key is a TypeError (calls)' },
  LIST_TO_TUPLE: { code: 52, operand: 'none', effect: fixed(0), flags: 0, doc: 'TOS = tuple(TOS)' },
  UNPACK_SEQUENCE: { code: 53, operand: 'count', effect: (n) => n - 1, flags: CAN_RAISE, doc: 'replace an iterable by its n items, first on top' },
  UNPACK_EX: { code: 54, operand: 'raw', effect: (a) => (a & 0xff) + (a >> 8), flags: CAN_RAISE, doc: 'starred unpack: low byte items before, high byte after the list' },
  FORMAT_VALUE: { code: 55, operand: 'raw', effect: (a) => ((a & 4) ? -1 : 0), flags: CAN_RAISE, doc: 'format(TOS) with conversion (a & 3) and a spec below it when a & 4' },
  JUMP_FORWARD: { code: 56, operand: 'jump', effect: fixed(0), flags: HAS_JUMP | TERMINATOR, doc: 'pc = target (forward)' },
  JUMP_BACKWARD: { code: 57, operand: 'jump', effect: fixed(0), flags: HAS_JUMP | TERMINATOR | IS_BACKWARD_JUMP, doc: 'pc = target (a loop back-edge: hot-loop counter, transaction break point)' },
  POP_JUMP_IF_FALSE: { code: 58, operand: 'jump', effect: fixed(-1), flags: HAS_JUMP | CAN_RAISE, doc: 'pop; jump if false' },
  POP_JUMP_IF_TRUE: { code: 59, operand: 'jump', effect: fixed(-1), flags: HAS_JUMP | CAN_RAISE, doc: 'pop; jump if true' },
  POP_JUMP_IF_NONE: { code: 60, operand: 'jump', effect: fixed(-1), flags: HAS_JUMP, doc: 'pop; jump if None' },
  POP_JUMP_IF_NOT_NONE: { code: 61, operand: 'jump', effect: fixed(-1), flags: HAS_JUMP, doc: 'pop; jump if not None' },
  JUMP_IF_FALSE_OR_POP: { code: 62, operand: 'jump', effect: (_a, j) => (j ? 0 : -1), flags: HAS_JUMP | CAN_RAISE, doc: 'if false jump (keeping TOS) else pop' },
  JUMP_IF_TRUE_OR_POP: { code: 63, operand: 'jump', effect: (_a, j) => (j ? 0 : -1), flags: HAS_JUMP | CAN_RAISE, doc: 'if true jump (keeping TOS) else pop' },
  GET_ITER: { code: 64, operand: 'none', effect: fixed(0), flags: CAN_RAISE, doc: 'TOS = iter(TOS)' },
  FOR_ITER: { code: 65, operand: 'jump', effect: (_a, j) => (j ? -1 : 1), flags: HAS_JUMP | CAN_RAISE, doc: 'push next(TOS), or pop the iterator and jump when exhausted' },
  CALL: { code: 66, operand: 'count', effect: (n) => -n - 1, flags: CAN_RAISE, doc: 'call (callable, self-or-NULL, n args) and push the result' },
  CALL_KW: { code: 67, operand: 'count', effect: (n) => -n - 2, flags: CAN_RAISE, doc: 'like CALL with a tuple of keyword names on top; the last len(names) args are keywords (replaces 3.11 KW_NAMES+PRECALL)' },
  CALL_FUNCTION_EX: { code: 68, operand: 'flag', effect: (f) => (f & 1 ? -3 : -2), flags: CAN_RAISE, doc: 'call (NULL, callable, args tuple[, kwargs dict])' },
  MAKE_FUNCTION: { code: 69, operand: 'raw', effect: (f) => -((f & 1 ? 1 : 0) + (f & 2 ? 1 : 0) + (f & 4 ? 1 : 0) + (f & 8 ? 1 : 0)), flags: 0, doc: 'function from code on top; flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure' },
  RETURN_VALUE: { code: 70, operand: 'none', effect: fixed(-1), flags: TERMINATOR, doc: 'return pop to the caller' },
  RAISE_VARARGS: { code: 71, operand: 'count', effect: (n) => -n, flags: TERMINATOR | CAN_RAISE, doc: 'raise (0: re-raise, 1: exc, 2: exc from cause)' },
  IMPORT_NAME: { code: 72, operand: 'name', effect: fixed(-1), flags: CAN_RAISE, doc: '__import__(names[i], fromlist=pop, level=pop)' },
  IMPORT_FROM: { code: 73, operand: 'name', effect: fixed(1), flags: CAN_RAISE, doc: 'push getattr(module on TOS, names[i])' },
  IMPORT_STAR: { code: 74, operand: 'none', effect: fixed(-1), flags: CAN_RAISE, doc: 'from module import * into locals' },
  LOAD_BUILD_CLASS: { code: 75, operand: 'none', effect: fixed(1), flags: 0, doc: 'push builtins.__build_class__' },
  LOAD_ASSERTION_ERROR: { code: 76, operand: 'none', effect: fixed(1), flags: 0, doc: 'push AssertionError' },
  SETUP_ANNOTATIONS: { code: 77, operand: 'none', effect: fixed(0), flags: CAN_RAISE, doc: 'create __annotations__ in locals if missing' },
  PRINT_EXPR: { code: 78, operand: 'none', effect: fixed(-1), flags: CAN_RAISE, doc: 'interactive mode: sys.displayhook(pop)' },
  RETURN_GENERATOR: { code: 79, operand: 'none', effect: fixed(1), flags: 0, doc: 'turn this frame into a generator/coroutine and return it; resumes with the first sent value (None) pushed' },
  YIELD_VALUE: { code: 80, operand: 'none', effect: fixed(0), flags: 0, doc: 'yield TOS; the value sent in replaces it' },
  SEND: { code: 81, operand: 'jump', effect: (_a, j) => (j ? -1 : 0), flags: HAS_JUMP | CAN_RAISE, doc: 'TOS = TOS1.send(TOS) (next() when TOS is None); when the receiver returns, replace both by its value and jump' },
  GET_AWAITABLE: { code: 82, operand: 'raw', effect: fixed(0), flags: CAN_RAISE, doc: 'TOS = awaitable iterator of TOS' },
  GET_AITER: { code: 83, operand: 'none', effect: fixed(0), flags: CAN_RAISE, doc: 'TOS = TOS.__aiter__()' },
  GET_ANEXT: { code: 84, operand: 'none', effect: fixed(1), flags: CAN_RAISE, doc: 'push awaitable of TOS.__anext__()' },
  END_ASYNC_FOR: { code: 85, operand: 'none', effect: fixed(-2), flags: CAN_RAISE, doc: 'end an async for on StopAsyncIteration, else re-raise' },
  GET_YIELD_FROM_ITER: { code: 86, operand: 'none', effect: fixed(0), flags: CAN_RAISE, doc: 'TOS = iter(TOS) unless it is a generator/coroutine' },
  ASYNC_GEN_WRAP: { code: 87, operand: 'none', effect: fixed(0), flags: 0, doc: 'wrap a value yielded by an async generator' },
  BEFORE_WITH: { code: 88, operand: 'none', effect: fixed(1), flags: CAN_RAISE, doc: 'push __exit__ and the result of __enter__()' },
  BEFORE_ASYNC_WITH: { code: 89, operand: 'none', effect: fixed(1), flags: CAN_RAISE, doc: 'push __aexit__ and the awaitable of __aenter__()' },
  WITH_EXCEPT_START: { code: 90, operand: 'none', effect: fixed(1), flags: CAN_RAISE, doc: 'call __exit__(type, value, tb) during exception handling' },
  PUSH_EXC_INFO: { code: 91, operand: 'none', effect: fixed(1), flags: 0, doc: 'save the current exception below the new one' },
  POP_EXCEPT: { code: 92, operand: 'none', effect: fixed(-1), flags: 0, doc: 'restore the saved exception' },
  RERAISE: { code: 93, operand: 'raw', effect: fixed(-1), flags: TERMINATOR | CAN_RAISE, doc: 're-raise TOS (arg 1: restore f_lasti from below)' },
  CHECK_EXC_MATCH: { code: 94, operand: 'none', effect: fixed(0), flags: CAN_RAISE, doc: 'TOS = isinstance-match of TOS1 against TOS' },
  CHECK_EG_MATCH: { code: 95, operand: 'none', effect: fixed(0), flags: CAN_RAISE, doc: 'split an exception group for except*' },
  PREP_RERAISE_STAR: { code: 96, operand: 'none', effect: fixed(-1), flags: 0, doc: 'combine the exceptions left after except* clauses' },
  MATCH_CLASS: { code: 97, operand: 'count', effect: fixed(-2), flags: CAN_RAISE, doc: 'match class pattern with n positional sub-patterns' },
  MATCH_MAPPING: { code: 98, operand: 'none', effect: fixed(1), flags: 0, doc: 'push whether TOS is a mapping' },
  MATCH_SEQUENCE: { code: 99, operand: 'none', effect: fixed(1), flags: 0, doc: 'push whether TOS is a sequence' },
  MATCH_KEYS: { code: 100, operand: 'none', effect: fixed(1), flags: CAN_RAISE, doc: 'push values tuple for keys TOS in mapping TOS1, or None' },
  GET_LEN: { code: 101, operand: 'none', effect: fixed(1), flags: CAN_RAISE, doc: 'push len(TOS)' },
} satisfies Record<string, OpInfo>;

export type OpName = keyof typeof OPCODES;

/** Opcode number → name, for the disassembler and the interpreter's error paths. */
export const OPNAMES: readonly OpName[] = (() => {
  const names: OpName[] = [];
  for (const name of Object.keys(OPCODES) as OpName[]) {
    const code = OPCODES[name].code;
    if (names[code] !== undefined) throw new Error(`opcode ${code} used twice`);
    names[code] = name;
  }
  return names;
})();

export const op = (name: OpName): number => OPCODES[name].code;
export const MAX_ARG = (1 << 24) - 1;

export function encode(name: OpName, arg: number): number {
  return OPCODES[name].code | (arg << 8);
}

/** BINARY_OP arguments, CPython's order (NB_*): the in-place form is base + 13. */
export const BINOP_NAMES = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'] as const;
export const BINOP_INPLACE = 13;
export const CMPOP_NAMES = ['<', '<=', '==', '!=', '>', '>='] as const;
