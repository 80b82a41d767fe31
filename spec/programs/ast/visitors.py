# walking and inspecting trees: NodeVisitor, walk, iter_fields, iter_child_nodes,
# get_docstring, get_source_segment, copy_location, increment_lineno
import ast

SOURCE = '''def outer(a, b=2):
    """  Doc string.

        Indented more.
    """
    total = a + b
    return [total * i for i in range(3)]


class Point:
    "One line."
    x = 0
'''
tree = ast.parse(SOURCE)


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__))

    def visit_FunctionDef(self, node):
        self.seen.append(('def', node.name))
        self.generic_visit(node)


visitor = Names()
visitor.visit(tree)
print(visitor.seen)
print(sorted(type(n).__name__ for n in ast.walk(tree)))
print([name for name, _ in ast.iter_fields(tree.body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])
print(repr(ast.get_docstring(tree.body[0])))
print(repr(ast.get_docstring(tree.body[0], clean=False)))
print(repr(ast.get_docstring(tree.body[1])), ast.get_docstring(tree))
try:
    ast.get_docstring(tree.body[0].body[1])
except TypeError as e:
    print(e)
for node in tree.body[0].body[1:]:
    print(repr(ast.get_source_segment(SOURCE, node)))
print(repr(ast.get_source_segment(SOURCE, tree.body[1], padded=True)))
print(repr(ast.get_source_segment("x = ('é',\n  1)", ast.parse("x = ('é',\n  1)").body[0].value, padded=True)))
new = ast.copy_location(ast.Constant(value=1), tree.body[0].body[1])
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
ast.increment_lineno(tree, 100)
print(tree.body[1].lineno, tree.body[1].end_lineno, tree.body[1].body[1].targets[0].lineno)
