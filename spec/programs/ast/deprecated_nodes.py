# the node classes that Python 3.8 replaced by Constant, still usable in 3.11
import ast
import warnings

print(type(ast.Num(5)).__name__, ast.Num(5).n, ast.Str('s').s, type(ast.Bytes(b'b')).__name__)
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant(True), ast.Num),
      isinstance(ast.Constant(True), ast.NameConstant), isinstance(ast.Constant('x'), ast.Str),
      isinstance(ast.Constant(b'x'), ast.Bytes), isinstance(ast.Constant(...), ast.Ellipsis),
      isinstance(ast.Name('x'), ast.Num))
print(ast.dump(ast.Index(value=ast.Name('x', ast.Load()))))
print(ast.dump(ast.ExtSlice(dims=[ast.Constant(1), ast.Constant(2)])))
t = ast.parse("a[1, 2]").body[0].value.slice
print(len(t.dims))
print(ast.dump(ast.Ellipsis()))


class Old(ast.NodeVisitor):
    def visit_Num(self, node):
        print('visit_Num', node.n)

    def visit_Str(self, node):
        print('visit_Str', node.s)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    Old().visit(ast.parse("x = 1 + 'a'"))
print([str(w.message) for w in caught])
