"""Prints the source positions (co_positions) of the instructions that report errors, for every
code object compiled from each file given: the same script runs under python3 and bin/pystm
(spec/unit/compiler_positions.test.ts compares the two). Only opcodes both bytecodes have, in
the same order, are listed (pystm's CALL_KW, the quickened forms and CPython's PRECALL/KW_NAMES
differ), each as `code opname line end_line col end_col`."""
import dis
import sys
import types

KEPT = {
    'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_FAST', 'STORE_FAST', 'DELETE_FAST',
    'LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF',
    'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'LOAD_METHOD', 'BINARY_SUBSCR', 'STORE_SUBSCR',
    'DELETE_SUBSCR', 'UNPACK_SEQUENCE', 'UNPACK_EX', 'IMPORT_NAME', 'IMPORT_FROM', 'BINARY_OP',
    'COMPARE_OP', 'RESUME', 'RETURN_GENERATOR', 'GET_ITER', 'FOR_ITER', 'RAISE_VARARGS',
}
# listed too for files named flow_*.py (constant conditions: which NOPs and back jumps remain;
# elsewhere a `pass` in a loop and an async loop's jumps still differ)
FLOW = {'NOP', 'JUMP_BACKWARD'}


def walk(co, out, flow):
    for ins in dis.get_instructions(co):
        if ins.opname in KEPT or (flow and ins.opname in FLOW):
            p = ins.positions
            out.append(f'{co.co_qualname} {ins.opname} {p.lineno} {p.end_lineno} {p.col_offset} {p.end_col_offset}')
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            walk(c, out, flow)


for name in sys.argv[1:]:
    with open(name, encoding='utf-8') as f:
        code = compile(f.read(), name, 'exec')
    lines = []
    walk(code, lines, name.startswith('flow_'))
    print('#', name)
    print('\n'.join(lines))
