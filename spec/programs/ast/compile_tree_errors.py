# compile() checks a tree as CPython's validator does: missing fields, wrong types, contexts
import ast

L = dict(lineno=1, col_offset=0)


def attempt(what, tree, mode='exec'):
    try:
        compile(tree, '<tree>', mode)
        print(what, 'compiled')
    except (TypeError, ValueError) as e:
        message = str(e)
        if ' object at ' in message:
            message = message[:message.index(' object at ')] + '>'
        print(what, type(e).__name__, message)


def module(*body):
    return ast.Module(body=list(body), type_ignores=[])


attempt('no body', ast.Module())
attempt('no type_ignores', ast.Module(body=[]))
attempt('no lineno', module(ast.Pass()))
attempt('expr no lineno', module(ast.Expr(value=ast.Name(id='x', ctx=ast.Load()), **L)))
attempt('None field', ast.Expression(body=ast.BinOp(left=None, op=ast.Add(), right=ast.Constant(1, **L), **L)), 'eval')
attempt('body None', ast.Module(body=None, type_ignores=[]))
attempt('identifier', module(ast.Expr(value=ast.Name(id=1, ctx=ast.Load(), **L), **L)))
attempt('constant', ast.Expression(body=ast.Constant(value=[1], **L)), 'eval')
attempt('statement as expr', ast.Expression(body=ast.Pass(**L)), 'eval')
attempt('wrong operator', ast.Expression(body=ast.BinOp(left=ast.Constant(1, **L), op=ast.Not(), right=ast.Constant(2, **L), **L)), 'eval')
attempt('store target loaded', module(ast.Assign(targets=[ast.Name('x', ast.Load(), **L)], value=ast.Constant(1, **L), **L)))
attempt('load stored', module(ast.Expr(value=ast.Name('x', ast.Store(), **L), **L)))
attempt('empty if', module(ast.If(test=ast.Constant(1, **L), body=[], orelse=[], **L)))
attempt('wrong mode', ast.Expression(body=ast.Constant(1, **L)), 'exec')
attempt('bad lineno', ast.Expression(body=ast.Constant(1, lineno='a', col_offset=0)), 'eval')
attempt('not AST', 5)
attempt('good', module(ast.Expr(value=ast.Constant(1, **L), **L)))
try:
    compile('x', '<s>', 'exec', 0x8)
except ValueError as e:
    print(e)
try:
    compile('x', '<s>', 'func_type')
except ValueError as e:
    print(e)
try:
    ast.parse('def f(:\n  pass', 'bad.py')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
