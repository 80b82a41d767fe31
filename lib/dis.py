"""Disassembler of pystm's bytecode, with the API and the output layout of CPython 3.11's `dis`.

Our instructions carry CPython 3.11's opcode names and meanings but not its encoding (see
opcode.py): each is one 4-byte word of co_code, so offsets step by 4, jump arguments are
instruction indexes (argval and "to N" are byte offsets, as CPython shows them), and there are
no CACHE entries (show_caches and adaptive are accepted and change nothing). The exception
table is read from co_exceptiontable, five words per entry (start, end, handler, depth, lasti),
in instructions. Everything else (Instruction, Positions, Bytecode, code_info, findlinestarts,
findlabels, distb, stack_effect, the columns of dis()) is what CPython's module offers.
"""

import sys
import types
import collections
import io

from opcode import *
from opcode import __all__ as _opcodes_all
from opcode import _nb_ops, _operand, hasarg

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

_have_code = (types.MethodType, types.FunctionType, types.CodeType,
              classmethod, staticmethod, type)

_INSTR_SIZE = 4          # bytes per instruction in co_code

FORMAT_VALUE = opmap['FORMAT_VALUE']
FORMAT_VALUE_CONVERTERS = (
    (None, ''),
    (str, 'str'),
    (repr, 'repr'),
    (ascii, 'ascii'),
)
MAKE_FUNCTION = opmap['MAKE_FUNCTION']
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')
BINARY_OP = opmap['BINARY_OP']


def _try_compile(source, name):
    """Compiles source as an expression if it is one, else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, coroutines, code, source or raw
    bytecode; with no argument, the last traceback."""
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):  # a class or a module
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, '<dis>'), file=file, depth=depth)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _unwrap(x):
    """A method's function, then a function's, generator's or coroutine's code object."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    return x


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: the last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for bit in range(32):
        flag = 1 << bit
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def _get_code_object(x):
    """The code object of a method, function, generator, coroutine, code object or source."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    for title, items, fmt in (("Constants:", co.co_consts, "%4d: %r"),
                              ("Names:", co.co_names, "%4d: %s"),
                              ("Variable names:", co.co_varnames, "%4d: %s"),
                              ("Free variables:", co.co_freevars, "%4d: %s"),
                              ("Cell variables:", co.co_cellvars, "%4d: %s")):
        if items:
            lines.append(title)
            lines.extend(fmt % pair for pair in enumerate(items))
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file* (default: stdout)."""
    print(code_info(co), file=file)


Positions = collections.namedtuple(
    'Positions',
    ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4,
)

_Instruction = collections.namedtuple(
    "_Instruction",
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line',
     'is_jump_target', 'positions'],
    defaults=[None],
)

_Instruction.opname.__doc__ = "Human readable name for operation"
_Instruction.opcode.__doc__ = "Numeric code for operation"
_Instruction.arg.__doc__ = "Numeric argument to operation (if any), otherwise None"
_Instruction.argval.__doc__ = "Resolved arg value (if known), otherwise same as arg"
_Instruction.argrepr.__doc__ = "Human readable description of operation argument"
_Instruction.offset.__doc__ = "Start index of operation within bytecode sequence"
_Instruction.starts_line.__doc__ = "Line started by this opcode (if any), otherwise None"
_Instruction.is_jump_target.__doc__ = "True if other code jumps to here, otherwise False"
_Instruction.positions.__doc__ = "dis.Positions object holding the span of source code covered by this instruction"

_ExceptionTableEntry = collections.namedtuple(
    "_ExceptionTableEntry", "start end target depth lasti")

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


class Instruction(_Instruction):
    """Details for a bytecode operation (CPython's fields; offsets in bytes, 4 per instruction)."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """One line of dis() output: line number, current marker, jump marker, offset, name,
        argument and its meaning."""
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append("%*d" % (lineno_width, self.starts_line))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator of the Instructions of a function, method, source string or code object;
    first_line renumbers the source lines as if the code started there."""
    co = _get_code_object(x)
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _get_instructions(co.co_code, co, dict(findlinestarts(co)), line_offset,
                             _parse_exception_table(co))


class _Unknown:
    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()


def _words(code):
    """(opcode, argument) of every 4-byte instruction of co_code-like bytes."""
    code = bytes(code)
    for i in range(0, len(code) - 3, _INSTR_SIZE):
        yield code[i], code[i + 1] | code[i + 2] << 8 | code[i + 3] << 16


def _arg_info(op, arg, co):
    """(argval, argrepr) as CPython's dis shows them; co is None for raw bytes."""
    kind = _operand.get(op, 'none')
    if kind == 'none':
        return None, ''
    if kind == 'const':
        if co is None:
            return arg, repr(arg)
        value = co.co_consts[arg]
        return value, repr(value)
    if kind in ('name', 'local', 'deref'):
        if co is None:
            return UNKNOWN, ''
        if kind == 'name':
            table = co.co_names
        elif kind == 'local':
            table = co.co_varnames
        else:
            table = co.co_cellvars + co.co_freevars
        return table[arg], table[arg]
    if kind == 'jump':
        target = arg * _INSTR_SIZE
        return target, "to " + repr(target)
    if kind == 'cmpop':
        return cmp_op[arg], cmp_op[arg]
    if kind == 'binop':
        return arg, _nb_ops[arg][1]
    if op == FORMAT_VALUE:
        value, text = FORMAT_VALUE_CONVERTERS[arg & 0x3]
        value = (value, bool(arg & 0x4))
        if value[1]:
            text = text + ', with format' if text else 'with format'
        return value, text
    if op == MAKE_FUNCTION:
        return arg, ', '.join(s for i, s in enumerate(MAKE_FUNCTION_FLAGS) if arg & (1 << i))
    return arg, ''


def _get_instructions(code, co, linestarts, line_offset, exception_entries):
    labels = set(findlabels(code))
    for entry in exception_entries:
        labels.add(entry.target)
    positions = list(co.co_positions())[::2] if co is not None else []
    for index, (op, arg) in enumerate(_words(code)):
        offset = index * _INSTR_SIZE
        starts_line = linestarts.get(offset) if linestarts is not None else None
        if starts_line is not None:
            starts_line += line_offset
        argval, argrepr = _arg_info(op, arg, co)
        yield Instruction(opname[op], op, arg if op in hasarg else None, argval, argrepr,
                          offset, starts_line, offset in labels,
                          Positions(*positions[index]) if index < len(positions) else Positions())


def _parse_exception_table(co):
    """co_exceptiontable's entries, converted to byte offsets (end exclusive, as CPython's)."""
    raw = bytes(co.co_exceptiontable)
    words = [int.from_bytes(raw[i:i + 4], 'little') for i in range(0, len(raw) - 3, 4)]
    return [_ExceptionTableEntry(words[i] * _INSTR_SIZE, words[i + 1] * _INSTR_SIZE,
                                 words[i + 2] * _INSTR_SIZE, words[i + 3], bool(words[i + 4]))
            for i in range(0, len(words) - 4, 5)]


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object; lasti (a byte offset, as f_lasti) is marked with -->."""
    _disassemble_bytes(co.co_code, lasti, co, dict(findlinestarts(co)), file=file,
                       exception_entries=_parse_exception_table(co))


disco = disassemble                     # XXX For backwards compatibility


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if hasattr(x, 'co_code'):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth)


def _disassemble_bytes(code, lasti=-1, co=None, linestarts=None, *, file=None, line_offset=0,
                       exception_entries=()):
    show_lineno = bool(linestarts)
    if show_lineno:
        maxlineno = max(linestarts.values()) + line_offset
        lineno_width = len(str(maxlineno)) if maxlineno >= 1000 else 3
    else:
        lineno_width = 0
    maxoffset = len(code) - _INSTR_SIZE
    offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
    for instr in _get_instructions(code, co, linestarts, line_offset, exception_entries):
        if show_lineno and instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width), file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for entry in exception_entries:
            lasti_text = " lasti" if entry.lasti else ""
            print(f"  {entry.start} to {entry.end - _INSTR_SIZE} -> {entry.target} "
                  f"[{entry.depth}]{lasti_text}", file=file)


def findlabels(code):
    """The byte offsets that jumps in co_code-like bytes go to."""
    labels = []
    for op, arg in _words(code):
        if op in hasjabs:
            target = arg * _INSTR_SIZE
            if target not in labels:
                labels.append(target)
    return labels


def findlinestarts(code):
    """(offset, line number) where a new source line starts, from co_lines()."""
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


class Bytecode:
    """The bytecode operations of a piece of code: iterate it for Instructions, or call dis()
    or info(); current_offset (bytes) is marked in dis()."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        co = self.codeobj
        return _get_instructions(co.co_code, co, self._linestarts, self._line_offset,
                                 self.exception_entries)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """Construct a Bytecode from the given traceback."""
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti,
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        co = self.codeobj
        offset = -1 if self.current_offset is None else self.current_offset
        with io.StringIO() as output:
            _disassemble_bytes(co.co_code, offset, co, self._linestarts, file=output,
                               line_offset=self._line_offset,
                               exception_entries=self.exception_entries)
            return output.getvalue()


def _test():
    """`pystm -m dis [FILE]`: disassemble a file (or stdin) as CPython's `python -m dis` does."""
    args = sys.argv[1:]
    if len(args) > 1 or (args and args[0].startswith('-') and args[0] != '-'):
        print("usage: dis.py [-h] [infile]", file=sys.stderr)
        sys.exit(2)
    if not args or args[0] == '-':
        name, source = '<stdin>', sys.stdin.buffer.read()
    else:
        name = args[0]
        with open(name, 'rb') as infile:
            source = infile.read()
    dis(compile(source, name, "exec"))


if __name__ == "__main__":
    _test()
