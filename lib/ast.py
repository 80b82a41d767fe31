# ast for pystm: parse Python source into trees of the node classes of _ast (lib/_ast.py),
# inspect, change and compile them, and write them back as source (unparse). Our own code; the
# behaviour and output follow CPython 3.11's ast module, which the golden programs under
# spec/programs/ast/ compare byte for byte. The parsing itself is pystm's compiler:
# compile(source, filename, mode, PyCF_ONLY_AST) (vm/modules/ast_bridge.ts).

import sys
from _ast import *


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """Parse the source into an AST node (compile() with PyCF_ONLY_AST)."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        if major != 3:
            raise ValueError(f"Unsupported major version: {major}")
        feature_version = minor
    elif feature_version is None:
        feature_version = -1
    return compile(source, filename, mode, flags, _feature_version=feature_version)


# ── literal_eval ─────────────────────────────────────────────────────────────────────────────────

def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal or container
    display: strings, bytes, numbers, tuples, lists, dicts, sets, booleans, None and Ellipsis."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(" \t"), mode='eval')
    if isinstance(node, Expression):
        node = node.body
    return _Literal().value(node)


class _Literal:
    def malformed(self, node):
        message = "malformed node or string"
        line = getattr(node, 'lineno', None)
        if line:
            message += f' on line {line}'
        raise ValueError(f'{message}: {node!r}')

    def number(self, node):
        if isinstance(node, Constant) and type(node.value) in (int, float, complex):
            return node.value
        self.malformed(node)

    def signed_number(self, node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            n = self.number(node.operand)
            return +n if isinstance(node.op, UAdd) else -n
        return self.number(node)

    def value(self, node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(self.value(e) for e in node.elts)
        if isinstance(node, List):
            return [self.value(e) for e in node.elts]
        if isinstance(node, Set):
            return {self.value(e) for e in node.elts}
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == [] and node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                self.malformed(node)
            return dict(zip([self.value(k) for k in node.keys], [self.value(v) for v in node.values]))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = self.signed_number(node.left)
            right = self.number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return self.signed_number(node)


# ── dump ─────────────────────────────────────────────────────────────────────────────────────────

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree: Name(id='x', ctx=Load()). Optional fields that are None
    are left out; with `indent` (spaces or a string) nodes and lists go one item per line."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _Dumper(annotate_fields, include_attributes, indent).format(node, 0)[0]


class _Dumper:
    def __init__(self, annotate_fields, include_attributes, indent):
        self.annotate = annotate_fields
        self.attributes = include_attributes
        self.indent = indent

    def format(self, value, level):
        """(text, simple): simple values may share a line with up to two others."""
        if self.indent is not None:
            level += 1
            opening = '\n' + self.indent * level
            separator = ',\n' + self.indent * level
        else:
            opening = ''
            separator = ', '
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            all_simple = True
            named = self.annotate
            for name in value._fields:
                try:
                    item = getattr(value, name)
                except AttributeError:
                    named = True
                    continue
                if item is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                text, simple = self.format(item, level)
                all_simple = all_simple and simple
                parts.append(f'{name}={text}' if named else text)
            if self.attributes and value._attributes:
                for name in value._attributes:
                    try:
                        item = getattr(value, name)
                    except AttributeError:
                        continue
                    if item is None and getattr(cls, name, ...) is None:
                        continue
                    text, simple = self.format(item, level)
                    all_simple = all_simple and simple
                    parts.append(f'{name}={text}')
            if all_simple and len(parts) <= 3:
                return '%s(%s)' % (cls.__name__, ', '.join(parts)), not parts
            return '%s(%s%s)' % (cls.__name__, opening, separator.join(parts)), False
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[%s%s]' % (opening, separator.join(self.format(x, level)[0] for x in value)), False
        return repr(value), True


# ── locations ────────────────────────────────────────────────────────────────────────────────────

def copy_location(new_node, old_node):
    """Copy the source location (lineno, col_offset, end_lineno, end_col_offset) of old_node to
    new_node where both have it; returns new_node."""
    for name in _LOCATION:
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            if value is not None or (name.startswith('end_') and hasattr(old_node, name)):
                setattr(new_node, name, value)
    return new_node


_LOCATION = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def fix_missing_locations(node):
    """Give every node without a location its parent's (the root's: line 1, column 0). A start
    counts as missing when unset, an end also when None."""
    def fix(node, inherited):
        here = []
        for name, value in zip(_LOCATION, inherited):
            if name in node._attributes:
                own = getattr(node, name, None)
                present = own is not None if name.startswith('end_') else hasattr(node, name)
                if present:
                    value = own
                else:
                    setattr(node, name, value)
            here.append(value)
        for child in iter_child_nodes(node):
            fix(child, here)
    fix(node, (1, 0, 1, 0))
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and everything below it."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):  # its lineno is a field
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


# ── walking ──────────────────────────────────────────────────────────────────────────────────────

def iter_fields(node):
    """(name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct child nodes: fields that are nodes, and the nodes in fields that are lists."""
    for name, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Every node below node (node included), breadth first, in no promised order."""
    from collections import deque
    pending = deque([node])
    while pending:
        node = pending.popleft()
        pending.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName>(node) where defined, generic_visit(node) else."""

    def visit(self, node):
        visitor = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        # the visit_Num/visit_Str/... methods of visitors written before Python 3.8
        old_name = _OLD_CONSTANT_NAMES.get(type(node.value))
        if old_name is None:
            for cls, name in _OLD_CONSTANT_NAMES.items():
                if isinstance(node.value, cls):
                    old_name = name
                    break
        if old_name is not None:
            method = 'visit_' + old_name
            visitor = getattr(self, method, None)
            if visitor is not None:
                import warnings
                warnings.warn(f"{method} is deprecated; add visit_Constant", DeprecationWarning, 2)
                return visitor(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of the node they visit: the
    same node, a new one, None (removed) or, in a list field, a list of nodes (spliced in)."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                kept = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            kept.extend(item)
                            continue
                    kept.append(item)
                old[:] = kept
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node


# ── docstrings and source segments ───────────────────────────────────────────────────────────────

def _cleandoc(text):
    lines = text.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = len(line) - len(stripped)
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node (cleaned as inspect.cleandoc does),
    or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    return _cleandoc(value.value) if clean else value.value


def _split_lines_keeping_ends(source):
    """Lines split at \\r\\n, \\r and \\n only (not at form feeds, as str.splitlines would)."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        i += 1
        if c == '\r' and i < n and source[i] == '\n':
            i += 1
        if c in '\r\n':
            lines.append(source[start:i])
            start = i
    if start < n:
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The source text that node was parsed from (None without end positions). With padded,
    the first line of a multi-line segment is indented to its column."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first_line = node.lineno - 1
        last_line = node.end_lineno - 1
        start = node.col_offset
        end = node.end_col_offset
    except AttributeError:
        return None
    lines = _split_lines_keeping_ends(source)
    if first_line == last_line:
        return lines[first_line].encode()[start:end].decode()
    padding = ''
    if padded:
        padding = ''.join(c if c in '\f\t' else ' ' for c in lines[first_line].encode()[:start].decode())
    head = padding + lines[first_line].encode()[start:].decode()
    tail = lines[last_line].encode()[:end].decode()
    return ''.join([head] + lines[first_line + 1:last_line] + [tail])


# ── the node classes of Python 3.7 and before (deprecated, still in 3.11) ───────────────────────

def _constant_n(self):
    return self.value


def _set_constant_n(self, value):
    self.value = value


Constant.n = property(_constant_n, _set_constant_n)
Constant.s = property(_constant_n, _set_constant_n)


class _DeprecatedConstantMeta(type):
    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls in _OLD_CONSTANT_TYPES:
            try:
                value = inst.value
            except AttributeError:
                return False
            return isinstance(value, _OLD_CONSTANT_TYPES[cls]) and not (cls is Num and isinstance(value, bool))
        return type.__instancecheck__(cls, inst)


def _new_old_constant(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls in _OLD_CONSTANT_TYPES:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_DeprecatedConstantMeta):
    _fields = ('n',)
    __new__ = _new_old_constant


class Str(Constant, metaclass=_DeprecatedConstantMeta):
    _fields = ('s',)
    __new__ = _new_old_constant


class Bytes(Constant, metaclass=_DeprecatedConstantMeta):
    _fields = ('s',)
    __new__ = _new_old_constant


class NameConstant(Constant, metaclass=_DeprecatedConstantMeta):
    __new__ = _new_old_constant


class Ellipsis(Constant, metaclass=_DeprecatedConstantMeta):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


_OLD_CONSTANT_TYPES = {
    Num: (int, float, complex),
    Str: (str,),
    Bytes: (bytes,),
    NameConstant: (type(None), bool),
    Ellipsis: (type(...),),
}
_OLD_CONSTANT_NAMES = {
    bool: 'NameConstant',
    type(None): 'NameConstant',
    int: 'Num',
    float: 'Num',
    complex: 'Num',
    str: 'Str',
    bytes: 'Bytes',
    type(...): 'Ellipsis',
}


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


def _tuple_dims(self):
    return self.elts


def _set_tuple_dims(self, value):
    self.elts = value


Tuple.dims = property(_tuple_dims, _set_tuple_dims)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


for _cls in (Num, Str, Bytes, NameConstant, Ellipsis, slice, Index, ExtSlice, Suite, AugLoad, AugStore, Param):
    _cls.__module__ = 'ast'
del _cls


# ── unparse ──────────────────────────────────────────────────────────────────────────────────────

def unparse(ast_obj):
    """Python source that parses to a tree equal to ast_obj (comments and layout are lost)."""
    return _Unparser().visit(ast_obj)


from _ast_unparse import _Unparser  # noqa: E402  (it needs the classes above)


def main():
    """`pystm -m ast [-m MODE] [-a] [-i N] [--no-type-comments] [FILE]`: dump a file's tree."""
    args = sys.argv[1:]
    mode = 'exec'
    attributes = False
    indent = 3
    type_comments = True
    path = None
    usage = 'usage: ast [-h] [-m {exec,single,eval,func_type}] [--no-type-comments] [-a] [-i INDENT] [infile]'
    while args:
        arg = args.pop(0)
        if arg in ('-h', '--help'):
            print(usage)
            return
        if arg in ('-m', '--mode') and args:
            mode = args.pop(0)
        elif arg in ('-a', '--include-attributes'):
            attributes = True
        elif arg in ('-i', '--indent') and args:
            indent = int(args.pop(0))
        elif arg == '--no-type-comments':
            type_comments = False
        elif arg.startswith('-') and arg != '-':
            print(usage, file=sys.stderr)
            print(f'ast: error: unrecognized arguments: {arg}', file=sys.stderr)
            raise SystemExit(2)
        else:
            path = arg
    if path is None or path == '-':
        name = '<stdin>'
        source = sys.stdin.buffer.read()
    else:
        name = path
        with open(path, 'rb') as f:
            source = f.read()
    tree = parse(source, name, mode, type_comments=type_comments)
    print(dump(tree, include_attributes=attributes, indent=indent))


if __name__ == '__main__':
    main()
