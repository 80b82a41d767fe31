"""Opcode tables of pystm's bytecode, in the shape of CPython's `opcode` module.

pystm's instructions are CPython 3.11's opcodes by name and meaning, but encoded its own way:
one 32-bit little-endian word per instruction (opcode in the low byte, a 24-bit argument above
it), jump arguments are absolute instruction indexes, and there are no CACHE entries, no
EXTENDED_ARG and no specialized opcodes. So the numbers differ from CPython's; the names, the
`has*` lists and `stack_effect` mean what CPython's do. The table comes from the VM itself
(`_opcode._opcodes()`, vm/opcodes.ts), so it cannot drift from the interpreter.
"""

from _opcode import stack_effect, _opcodes

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal",
           "hascompare", "hasfree", "hasarg", "opname", "opmap", "stack_effect"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

# operand kinds of vm/opcodes.ts -> the list an opcode belongs to
opname = ['<%r>' % (op,) for op in range(256)]
opmap = {}
hasconst = []
hasname = []
hasjrel = []          # no relative jumps: every jump argument is an instruction index
hasjabs = []
haslocal = []
hascompare = []
hasfree = []
hasnargs = []
hasarg = []           # opcodes whose argument means something (the others carry 0)
_operand = {}         # opcode -> operand kind ('const', 'name', 'local', 'deref', 'jump', ...)
_doc = {}

for _name, _code, _kind, _flags, _text in _opcodes():
    opname[_code] = _name
    opmap[_name] = _code
    _operand[_code] = _kind
    _doc[_code] = _text
    if _kind != 'none':
        hasarg.append(_code)
    if _kind == 'const':
        hasconst.append(_code)
    elif _kind == 'name':
        hasname.append(_code)
    elif _kind == 'local':
        haslocal.append(_code)
    elif _kind == 'deref':
        hasfree.append(_code)
    elif _kind == 'jump':
        hasjabs.append(_code)
    elif _kind == 'cmpop':
        hascompare.append(_code)

# BINARY_OP's argument, CPython's NB_* order; the in-place forms follow at 13
_nb_ops = [
    ("NB_ADD", "+"), ("NB_AND", "&"), ("NB_FLOOR_DIVIDE", "//"), ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"), ("NB_MULTIPLY", "*"), ("NB_REMAINDER", "%"), ("NB_OR", "|"),
    ("NB_POWER", "**"), ("NB_RSHIFT", ">>"), ("NB_SUBTRACT", "-"), ("NB_TRUE_DIVIDE", "/"),
    ("NB_XOR", "^"),
]
_nb_ops += [("NB_INPLACE" + n[2:], s + "=") for n, s in _nb_ops]

del _name, _code, _kind, _flags, _text
