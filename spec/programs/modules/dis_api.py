# dis and opcode: the API and the layout of dis()'s lines; our bytecode differs from CPython's
# (4-byte instructions), so only what both must agree on is printed
import dis
import io
import opcode


def f(x, *args, k=1):
    y = x + 1
    return [y for z in range(3)] if y > 2 else f"{y!r:>4}"


names = [i.opname for i in dis.get_instructions(f)]
print(all(n in opcode.opmap for n in names), 'RETURN_VALUE' in names, 'BINARY_OP' in names)
print([i.argval for i in dis.get_instructions(f) if i.opname == 'LOAD_FAST'])
print([(i.argval, i.argrepr) for i in dis.get_instructions(f) if i.opname == 'BINARY_OP'])
print([i.argrepr for i in dis.get_instructions(f) if i.opname == 'FORMAT_VALUE'])
print([i.argrepr for i in dis.get_instructions(f) if i.opname == 'MAKE_FUNCTION'])
print([i.argrepr for i in dis.get_instructions(f) if i.opname == 'COMPARE_OP'])
print(sorted({i.starts_line for i in dis.get_instructions(f) if i.starts_line}))
print(sorted({i.starts_line for i in dis.get_instructions(f, first_line=100) if i.starts_line}))
first = next(iter(dis.Bytecode(f)))
print(type(first).__name__, first._fields)
print(type(first.positions).__name__, first.positions._fields)
jumps = [i for i in dis.get_instructions(f) if i.opcode in opcode.hasjabs + opcode.hasjrel]
targets = {i.offset for i in dis.get_instructions(f) if i.is_jump_target}
print(bool(jumps), all(j.argval in targets for j in jumps if j.opname != 'FOR_ITER'))
print(dis.code_info(f).splitlines()[0], dis.code_info(f).splitlines()[2:8])
print(dis.Bytecode(f).info() == dis.code_info(f))
print(dis.pretty_flags(3), dis.pretty_flags(0x20 | 0x1000000))
print(dis.stack_effect(opcode.opmap['POP_TOP']), dis.stack_effect(opcode.opmap['BUILD_LIST'], 3))
try:
    dis.stack_effect(opcode.opmap['POP_TOP'], 1)
except ValueError as e:
    print('ValueError', e)
try:
    dis.stack_effect(opcode.opmap['BUILD_LIST'])
except ValueError as e:
    print('ValueError', e)
out = io.StringIO()
dis.dis("a = b + 1", file=out)
rows = out.getvalue().splitlines()
print(len(rows[0]) - len(rows[0].lstrip()), rows[-1].split()[-1])
row = [r for r in rows if 'LOAD_NAME' in r][0]
print(row.split()[0], row.split()[-2:], row.index('LOAD_NAME'))
try:
    dis.dis(42)
except TypeError as e:
    print('TypeError', e)
out = io.StringIO()
dis.dis(f, file=out, depth=0)
print('Disassembly of' in out.getvalue())
out = io.StringIO()
dis.dis(f, file=out)
print(out.getvalue().count('Disassembly of <code object <listcomp>'))
print(sorted(set(dis.__all__) & {'dis', 'Bytecode', 'get_instructions', 'opmap', 'findlinestarts'}))
print(opcode.cmp_op, opcode.opname[opcode.opmap['LOAD_CONST']])
