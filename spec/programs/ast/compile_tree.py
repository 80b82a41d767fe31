# compile() of trees built or changed by the program: hand-built nodes with
# fix_missing_locations, a NodeTransformer, eval mode, and PyCF_ONLY_AST on a tree
import ast

tree = ast.Module(body=[
    ast.FunctionDef(
        name='square', args=ast.arguments(posonlyargs=[], args=[ast.arg(arg='n')], kwonlyargs=[],
                                          kw_defaults=[], defaults=[ast.Constant(value=3)]),
        body=[ast.Return(value=ast.BinOp(left=ast.Name(id='n', ctx=ast.Load()), op=ast.Mult(),
                                         right=ast.Name(id='n', ctx=ast.Load())))],
        decorator_list=[]),
    ast.Expr(value=ast.Call(func=ast.Name(id='print', ctx=ast.Load()),
                            args=[ast.Call(func=ast.Name(id='square', ctx=ast.Load()), args=[], keywords=[]),
                                  ast.Call(func=ast.Name(id='square', ctx=ast.Load()), args=[ast.Constant(value=12)], keywords=[])],
                            keywords=[ast.keyword(arg='sep', value=ast.Constant(value=' / '))])),
], type_ignores=[])
ast.fix_missing_locations(tree)
print(ast.unparse(tree))
exec(compile(tree, '<built>', 'exec'))


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if type(node.value) is int:
            return ast.copy_location(ast.Constant(value=node.value * 2), node)
        return node

    def visit_Assert(self, node):
        return None  # removed

    def visit_Pass(self, node):
        return [ast.Expr(value=ast.Constant(value='a')), ast.Expr(value=ast.Constant(value='b'))]


source = "assert False\nx = [1, 2, 3]\nif x:\n    pass\nprint(sum(x), 'ok')"
tree = ast.fix_missing_locations(Doubler().visit(ast.parse(source)))
print(ast.unparse(tree))
namespace = {}
exec(compile(tree, '<doubled>', 'exec'), namespace)
print(namespace['x'])

expression = ast.Expression(body=ast.BinOp(left=ast.Constant(value=6), op=ast.Pow(), right=ast.Constant(value=2)))
print(eval(compile(ast.fix_missing_locations(expression), '<expr>', 'eval')))
parsed = ast.parse("a * 2", mode="eval")
print(compile(parsed, '<same>', 'eval', ast.PyCF_ONLY_AST) is parsed)
print(eval(compile(parsed, '<expr>', 'eval'), {'a': 21}))

# line numbers of a tree reach tracebacks
tree = ast.parse("\n\n1 / 0")
try:
    exec(compile(tree, 'numbers.py', 'exec'))
except ZeroDivisionError as e:
    print('line', e.__traceback__.tb_next.tb_lineno)
ast.increment_lineno(tree, 10)
try:
    exec(compile(tree, 'numbers.py', 'exec'))
except ZeroDivisionError as e:
    print('line', e.__traceback__.tb_next.tb_lineno)
