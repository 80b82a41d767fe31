# ast.unparse for pystm: writes a tree of _ast nodes back as Python source. Our own code; its
# output (parentheses only where precedence needs them, `elif` for nested ifs, blank lines
# before definitions, string quoting inside f-strings) is CPython 3.11's ast.unparse output,
# checked by the golden programs under spec/programs/ast/ and spec/unit/ast_unparse.test.ts
# (the unparse of standard library files compared with CPython's).

import sys
from _ast import *

# operator precedences, lowest first (CPython's _Precedence; BOR is EXPR)
NAMED_EXPR = 1
TUPLE = 2
YIELD = 3
TEST = 4
OR = 5
AND = 6
NOT = 7
CMP = 8
EXPR = 9
BOR = 9
BXOR = 10
BAND = 11
SHIFT = 12
ARITH = 13
TERM = 14
FACTOR = 15
POWER = 16
AWAIT = 17
ATOM = 18


def _above(precedence):
    return min(precedence + 1, ATOM)


_INFINITY = '1e' + repr(sys.float_info.max_10_exp + 1)
_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = _SINGLE_QUOTES + _MULTI_QUOTES

_UNARY = {'Invert': ('~', FACTOR), 'Not': ('not', NOT), 'UAdd': ('+', FACTOR), 'USub': ('-', FACTOR)}
_BINARY = {
    'Add': ('+', ARITH), 'Sub': ('-', ARITH), 'Mult': ('*', TERM), 'MatMult': ('@', TERM),
    'Div': ('/', TERM), 'Mod': ('%', TERM), 'LShift': ('<<', SHIFT), 'RShift': ('>>', SHIFT),
    'BitOr': ('|', BOR), 'BitXor': ('^', BXOR), 'BitAnd': ('&', BAND), 'FloorDiv': ('//', TERM),
    'Pow': ('**', POWER),
}
_COMPARE = {
    'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=', 'Is': 'is',
    'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in',
}
_BOOL = {'And': ('and', AND), 'Or': ('or', OR)}


class _Buffered:
    """`with unparser.buffered() as parts`: output goes to `parts` inside the block."""

    def __init__(self, unparser):
        self.unparser = unparser

    def __enter__(self):
        self.saved = self.unparser._source
        self.unparser._source = []
        return self.unparser._source

    def __exit__(self, *exc):
        self.unparser._source = self.saved


class _Delimited:
    def __init__(self, unparser, start, end, condition=True):
        self.unparser = unparser
        self.start = start
        self.end = end
        self.condition = condition

    def __enter__(self):
        if self.condition:
            self.unparser.write(self.start)

    def __exit__(self, *exc):
        if self.condition:
            self.unparser.write(self.end)


class _Block:
    def __init__(self, unparser, extra):
        self.unparser = unparser
        self.extra = extra

    def __enter__(self):
        self.unparser.write(':')
        if self.extra:
            self.unparser.write(self.extra)
        self.unparser._indent += 1

    def __exit__(self, *exc):
        self.unparser._indent -= 1


class _Unparser:
    def __init__(self, *, _avoid_backslashes=False):
        self._source = []
        self._precedences = {}
        self._type_ignores = {}
        self._indent = 0
        self._avoid_backslashes = _avoid_backslashes
        self._in_try_star = False

    # ── output ──

    def write(self, *text):
        self._source.extend(text)

    def buffered(self):
        return _Buffered(self)

    def delimit(self, start, end):
        return _Delimited(self, start, end)

    def delimit_if(self, start, end, condition):
        return _Delimited(self, start, end, condition)

    def require_parens(self, precedence, node):
        return _Delimited(self, '(', ')', self.get_precedence(node) > precedence)

    def block(self, *, extra=None):
        return _Block(self, extra)

    def maybe_newline(self):
        if self._source:
            self.write('\n')

    def fill(self, text=''):
        self.maybe_newline()
        self.write('    ' * self._indent + text)

    def interleave(self, between, each, items):
        first = True
        for item in items:
            if not first:
                between()
            first = False
            each(item)

    def items_view(self, each, items):
        if len(items) == 1:
            each(items[0])
            self.write(',')
        else:
            self.interleave(lambda: self.write(', '), each, items)

    def comma_separated(self, nodes):
        self.interleave(lambda: self.write(', '), self.traverse, nodes)

    def get_precedence(self, node):
        return self._precedences.get(node, TEST)

    def set_precedence(self, precedence, *nodes):
        for node in nodes:
            self._precedences[node] = precedence

    def get_type_comment(self, node):
        comment = self._type_ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return f' # type: {comment}'
        return None

    # ── dispatch ──

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            method = getattr(self, 'visit_' + node.__class__.__name__, None)
            if method is None:
                self.generic_visit(node)
            else:
                method(node)

    def generic_visit(self, node):
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.traverse(item)
            elif isinstance(value, AST):
                self.traverse(value)

    def visit(self, node):
        self._source = []
        self.traverse(node)
        return ''.join(self._source)

    # ── docstrings ──

    def _docstring_node(self, node):
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)) or not node.body:
            return None
        first = node.body[0]
        if not isinstance(first, Expr):
            return None
        value = first.value
        if isinstance(value, Constant) and isinstance(value.value, str):
            return value
        return None

    def _body_with_docstring(self, node):
        docstring = self._docstring_node(node)
        if docstring:
            self.fill()
            if docstring.kind == 'u':
                self.write('u')
            self._write_str_avoiding_backslashes(docstring.value, quote_types=_MULTI_QUOTES)
            self.traverse(node.body[1:])
        else:
            self.traverse(node.body)

    # ── statements ──

    def visit_Module(self, node):
        self._type_ignores = {ignore.lineno: f'ignore{ignore.tag}' for ignore in node.type_ignores}
        self._body_with_docstring(node)
        self._type_ignores.clear()

    def visit_FunctionType(self, node):
        with self.delimit('(', ')'):
            self.comma_separated(node.argtypes)
        self.write(' -> ')
        self.traverse(node.returns)

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(YIELD, node.value)
        self.traverse(node.value)

    def visit_Import(self, node):
        self.fill('import ')
        self.comma_separated(node.names)

    def visit_ImportFrom(self, node):
        self.fill('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.comma_separated(node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(TUPLE, target)
            self.traverse(target)
            self.write(' = ')
        self.traverse(node.value)
        comment = self.get_type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(' ' + _BINARY[node.op.__class__.__name__][0] + '= ')
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        with self.delimit_if('(', ')', not node.simple and isinstance(node.target, Name)):
            self.traverse(node.target)
        self.write(': ')
        self.traverse(node.annotation)
        if node.value:
            self.write(' = ')
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill('pass')

    def visit_Break(self, node):
        self.fill('break')

    def visit_Continue(self, node):
        self.fill('continue')

    def visit_Delete(self, node):
        self.fill('del ')
        self.comma_separated(node.targets)

    def visit_Assert(self, node):
        self.fill('assert ')
        self.traverse(node.test)
        if node.msg:
            self.write(', ')
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill('global ')
        self.interleave(lambda: self.write(', '), self.write, node.names)

    def visit_Nonlocal(self, node):
        self.fill('nonlocal ')
        self.interleave(lambda: self.write(', '), self.write, node.names)

    def visit_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.traverse(node.exc)
        if node.cause:
            self.write(' from ')
            self.traverse(node.cause)

    def _try(self, node, star):
        outer = self._in_try_star
        self._in_try_star = star
        try:
            self.fill('try')
            with self.block():
                self.traverse(node.body)
            for handler in node.handlers:
                self.traverse(handler)
            if node.orelse:
                self.fill('else')
                with self.block():
                    self.traverse(node.orelse)
            if node.finalbody:
                self.fill('finally')
                with self.block():
                    self.traverse(node.finalbody)
        finally:
            self._in_try_star = outer

    def visit_Try(self, node):
        self._try(node, False)

    def visit_TryStar(self, node):
        self._try(node, True)

    def visit_ExceptHandler(self, node):
        self.fill('except*' if self._in_try_star else 'except')
        if node.type:
            self.write(' ')
            self.traverse(node.type)
        if node.name:
            self.write(' as ')
            self.write(node.name)
        with self.block():
            self.traverse(node.body)

    def _decorators(self, node):
        self.maybe_newline()
        for decorator in node.decorator_list:
            self.fill('@')
            self.traverse(decorator)

    def visit_ClassDef(self, node):
        self._decorators(node)
        self.fill('class ' + node.name)
        with self.delimit_if('(', ')', node.bases or node.keywords):
            self.comma_separated(node.bases + node.keywords)
        with self.block():
            self._body_with_docstring(node)

    def _function(self, node, keyword):
        self._decorators(node)
        self.fill(keyword + ' ' + node.name)
        with self.delimit('(', ')'):
            self.traverse(node.args)
        if node.returns:
            self.write(' -> ')
            self.traverse(node.returns)
        with self.block(extra=self.get_type_comment(node)):
            self._body_with_docstring(node)

    def visit_FunctionDef(self, node):
        self._function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self._function(node, 'async def')

    def _for(self, node, keyword):
        self.fill(keyword)
        self.set_precedence(TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.traverse(node.iter)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)
        self._else(node.orelse)

    def _else(self, orelse):
        if orelse:
            self.fill('else')
            with self.block():
                self.traverse(orelse)

    def visit_For(self, node):
        self._for(node, 'for ')

    def visit_AsyncFor(self, node):
        self._for(node, 'async for ')

    def visit_If(self, node):
        self.fill('if ')
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        while len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill('elif ')
            self.traverse(node.test)
            with self.block():
                self.traverse(node.body)
        self._else(node.orelse)

    def visit_While(self, node):
        self.fill('while ')
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        self._else(node.orelse)

    def _with(self, node, keyword):
        self.fill(keyword)
        self.comma_separated(node.items)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)

    def visit_With(self, node):
        self._with(node, 'with ')

    def visit_AsyncWith(self, node):
        self._with(node, 'async with ')

    def visit_Match(self, node):
        self.fill('match ')
        self.traverse(node.subject)
        with self.block():
            for case in node.cases:
                self.traverse(case)

    def visit_match_case(self, node):
        self.fill('case ')
        self.traverse(node.pattern)
        if node.guard:
            self.write(' if ')
            self.traverse(node.guard)
        with self.block():
            self.traverse(node.body)

    # ── strings ──

    def _str_literal_helper(self, string, *, quote_types=_ALL_QUOTES, escape_special_whitespace=False):
        """(the string's body escaped as little as possible, the quotes it may be written in)."""
        def escape(c):
            if c in '\n\t' and not escape_special_whitespace:
                return c
            if c == '\\' or not c.isprintable():
                return c.encode('unicode_escape').decode('ascii')
            return c

        body = ''.join(map(escape, string))
        quotes = list(quote_types)
        if '\n' in body:
            quotes = [q for q in quotes if q in _MULTI_QUOTES]
        quotes = [q for q in quotes if q not in body]
        if not quotes:
            # no quote fits: repr's own quoting, with a quote of ours when one matches
            text = repr(string)
            quote = next((q for q in quote_types if text[0] in q), text[0])
            return text[1:-1], [quote]
        if body:
            # prefer a quote that differs from the last character; with a triple quote that
            # matches it, that character is escaped
            quotes.sort(key=lambda q: q[0] == body[-1])
            if quotes[0][0] == body[-1]:
                body = body[:-1] + '\\' + body[-1]
        return body, quotes

    def _write_str_avoiding_backslashes(self, string, *, quote_types=_ALL_QUOTES):
        body, quotes = self._str_literal_helper(string, quote_types=quote_types)
        self.write(f'{quotes[0]}{body}{quotes[0]}')

    def visit_JoinedStr(self, node):
        self.write('f')
        if self._avoid_backslashes:
            with self.buffered() as parts:
                self._fstring_inner(node)
            self._write_str_avoiding_backslashes(''.join(parts))
            return
        # escaped whitespace (f"{x}\n") is kept in the literal parts; only the expression
        # parts must do without backslashes
        pieces = []
        for value in node.values:
            with self.buffered() as parts:
                self._fstring_inner(value)
            pieces.append((''.join(parts), isinstance(value, Constant)))
        quotes = list(_ALL_QUOTES)
        bodies = []
        for text, literal in pieces:
            text, quotes = self._str_literal_helper(text, quote_types=quotes, escape_special_whitespace=literal)
            bodies.append(text)
        self.write(f"{quotes[0]}{''.join(bodies)}{quotes[0]}")

    def _fstring_inner(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self._fstring_inner(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.write(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f'Unexpected node inside JoinedStr, {node!r}')

    def visit_FormattedValue(self, node):
        inner = type(self)(_avoid_backslashes=True)
        inner.set_precedence(_above(TEST), node.value)
        text = inner.visit(node.value)
        with self.delimit('{', '}'):
            if '\\' in text:
                raise ValueError('Unable to avoid backslash in f-string expression part')
            if text.startswith('{'):
                self.write(' ')  # "{ {" is not "{{"
            self.write(text)
            if node.conversion != -1:
                self.write(f'!{chr(node.conversion)}')
            if node.format_spec:
                self.write(':')
                self._fstring_inner(node.format_spec)

    # ── expressions ──

    def visit_Name(self, node):
        self.write(node.id)

    def _write_constant(self, value):
        if isinstance(value, (float, complex)):
            # infinities as an overflowing literal, NaN as inf - inf
            self.write(repr(value).replace('inf', _INFINITY).replace('nan', f'({_INFINITY}-{_INFINITY})'))
        elif self._avoid_backslashes and isinstance(value, str):
            self._write_str_avoiding_backslashes(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            with self.delimit('(', ')'):
                self.items_view(self._write_constant, value)
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self._write_constant(value)

    def visit_NamedExpr(self, node):
        with self.require_parens(NAMED_EXPR, node):
            self.set_precedence(ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(' := ')
            self.traverse(node.value)

    def visit_Await(self, node):
        with self.require_parens(AWAIT, node):
            self.write('await')
            if node.value:
                self.write(' ')
                self.set_precedence(ATOM, node.value)
                self.traverse(node.value)

    def visit_Yield(self, node):
        with self.require_parens(YIELD, node):
            self.write('yield')
            if node.value:
                self.write(' ')
                self.set_precedence(ATOM, node.value)
                self.traverse(node.value)

    def visit_YieldFrom(self, node):
        with self.require_parens(YIELD, node):
            self.write('yield from ')
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_precedence(ATOM, node.value)
            self.traverse(node.value)

    def visit_List(self, node):
        with self.delimit('[', ']'):
            self.comma_separated(node.elts)

    def _comprehension(self, node, start, end):
        with self.delimit(start, end):
            if isinstance(node, DictComp):
                self.traverse(node.key)
                self.write(': ')
                self.traverse(node.value)
            else:
                self.traverse(node.elt)
            for generator in node.generators:
                self.traverse(generator)

    def visit_ListComp(self, node):
        self._comprehension(node, '[', ']')

    def visit_GeneratorExp(self, node):
        self._comprehension(node, '(', ')')

    def visit_SetComp(self, node):
        self._comprehension(node, '{', '}')

    def visit_DictComp(self, node):
        self._comprehension(node, '{', '}')

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_precedence(TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.set_precedence(_above(TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for condition in node.ifs:
            self.write(' if ')
            self.traverse(condition)

    def visit_IfExp(self, node):
        with self.require_parens(TEST, node):
            self.set_precedence(_above(TEST), node.body, node.test)
            self.traverse(node.body)
            self.write(' if ')
            self.traverse(node.test)
            self.write(' else ')
            self.set_precedence(TEST, node.orelse)
            self.traverse(node.orelse)

    def visit_Set(self, node):
        if node.elts:
            with self.delimit('{', '}'):
                self.comma_separated(node.elts)
        else:
            self.write('{*()}')  # `{}` is a dict and `set` may be rebound

    def visit_Dict(self, node):
        def item(pair):
            key, value = pair
            if key is None:  # {**mapping}
                self.write('**')
                self.set_precedence(EXPR, value)
                self.traverse(value)
            else:
                self.traverse(key)
                self.write(': ')
                self.traverse(value)

        with self.delimit('{', '}'):
            self.interleave(lambda: self.write(', '), item, zip(node.keys, node.values))

    def visit_Tuple(self, node):
        with self.delimit_if('(', ')', len(node.elts) == 0 or self.get_precedence(node) > TUPLE):
            self.items_view(self.traverse, node.elts)

    def visit_UnaryOp(self, node):
        operator, precedence = _UNARY[node.op.__class__.__name__]
        with self.require_parens(precedence, node):
            self.write(operator)
            if precedence != FACTOR:  # -x, but not x
                self.write(' ')
            self.set_precedence(precedence, node.operand)
            self.traverse(node.operand)

    def visit_BinOp(self, node):
        operator, precedence = _BINARY[node.op.__class__.__name__]
        with self.require_parens(precedence, node):
            if operator == '**':  # right-associative
                left, right = _above(precedence), precedence
            else:
                left, right = precedence, _above(precedence)
            self.set_precedence(left, node.left)
            self.traverse(node.left)
            self.write(f' {operator} ')
            self.set_precedence(right, node.right)
            self.traverse(node.right)

    def visit_Compare(self, node):
        with self.require_parens(CMP, node):
            self.set_precedence(_above(CMP), node.left, *node.comparators)
            self.traverse(node.left)
            for op, operand in zip(node.ops, node.comparators):
                self.write(' ' + _COMPARE[op.__class__.__name__] + ' ')
                self.traverse(operand)

    def visit_BoolOp(self, node):
        operator, precedence = _BOOL[node.op.__class__.__name__]
        level = [precedence]

        def operand(value):
            level[0] = _above(level[0])
            self.set_precedence(level[0], value)
            self.traverse(value)

        with self.require_parens(precedence, node):
            self.interleave(lambda: self.write(f' {operator} '), operand, node.values)

    def visit_Attribute(self, node):
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')  # `3 .real`: `3.real` would be a float
        self.write('.')
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_precedence(ATOM, node.func)
        self.traverse(node.func)
        with self.delimit('(', ')'):
            self.comma_separated(node.args + node.keywords)

    def visit_Subscript(self, node):
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        with self.delimit('[', ']'):
            if isinstance(node.slice, Tuple) and node.slice.elts:
                self.items_view(self.traverse, node.slice.elts)  # a[1, 2]: no parentheses
            else:
                self.traverse(node.slice)

    def visit_Starred(self, node):
        self.write('*')
        self.set_precedence(EXPR, node.value)
        self.traverse(node.value)

    def visit_Ellipsis(self, node):
        self.write('...')

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(':')
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(':')
            self.traverse(node.step)

    def visit_Lambda(self, node):
        with self.require_parens(TEST, node):
            self.write('lambda')
            with self.buffered() as parameters:
                self.traverse(node.args)
            if parameters:
                self.write(' ', *parameters)
            self.write(': ')
            self.set_precedence(TEST, node.body)
            self.traverse(node.body)

    # ── parts of definitions and calls ──

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        first = [True]

        def separate():
            if first[0]:
                first[0] = False
            else:
                self.write(', ')

        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for number, (parameter, default) in enumerate(zip(positional, defaults), 1):
            separate()
            self.traverse(parameter)
            if default:
                self.write('=')
                self.traverse(default)
            if number == len(node.posonlyargs):
                self.write(', /')
        if node.vararg or node.kwonlyargs:
            separate()
            self.write('*')
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(': ')
                    self.traverse(node.vararg.annotation)
        for parameter, default in zip(node.kwonlyargs, node.kw_defaults):
            self.write(', ')
            self.traverse(parameter)
            if default:
                self.write('=')
                self.traverse(default)
        if node.kwarg:
            separate()
            self.write('**' + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(': ')
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg)
            self.write('=')
        self.traverse(node.value)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.traverse(node.optional_vars)

    # ── patterns ──

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self._write_constant(node.value)

    def visit_MatchSequence(self, node):
        with self.delimit('[', ']'):
            self.comma_separated(node.patterns)

    def visit_MatchStar(self, node):
        self.write('*' + ('_' if node.name is None else node.name))

    def visit_MatchMapping(self, node):
        def pair(item):
            key, pattern = item
            self.traverse(key)
            self.write(': ')
            self.traverse(pattern)

        with self.delimit('{', '}'):
            self.interleave(lambda: self.write(', '), pair, zip(node.keys, node.patterns, strict=True))
            if node.rest is not None:
                if node.keys:
                    self.write(', ')
                self.write(f'**{node.rest}')

    def visit_MatchClass(self, node):
        self.set_precedence(ATOM, node.cls)
        self.traverse(node.cls)
        with self.delimit('(', ')'):
            self.comma_separated(node.patterns)
            if node.kwd_attrs:
                def keyword(item):
                    name, pattern = item
                    self.write(f'{name}=')
                    self.traverse(pattern)

                if node.patterns:
                    self.write(', ')
                self.interleave(lambda: self.write(', '), keyword, zip(node.kwd_attrs, node.kwd_patterns, strict=True))

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            with self.require_parens(TEST, node):
                self.set_precedence(BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(f' as {node.name}')

    def visit_MatchOr(self, node):
        with self.require_parens(BOR, node):
            self.set_precedence(_above(BOR), *node.patterns)
            self.interleave(lambda: self.write(' | '), self.traverse, node.patterns)
