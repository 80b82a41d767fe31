"""Dump CPython 3.11's AST of a file as JSON in pystm's compiler/ast.ts shape.

Usage: python3 compiler/tools/ast2json.py FILE.py [more.py ...]  -> one JSON document per line
It lets the symtable and codegen be tested on CPython's own trees, independently of our parser
(see compiler/ast_json.ts). Constants that JSON cannot carry are tagged objects:
{"$int": "123"}, {"$float": "1e+100"}, {"$complex": [re, im]}, {"$bytes": "hex"},
{"$ellipsis": true}. Fieldless nodes (operators, expression contexts) are their class name.
"""
import ast
import json
import sys


def const(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return {"$int": str(v)}
    if isinstance(v, float):
        return {"$float": repr(v)}
    if isinstance(v, complex):
        return {"$complex": [repr(v.real), repr(v.imag)]}
    if isinstance(v, bytes):
        return {"$bytes": v.hex()}
    if v is Ellipsis:
        return {"$ellipsis": True}
    raise TypeError(type(v))


def conv(node):
    if isinstance(node, list):
        return [conv(n) for n in node]
    if not isinstance(node, ast.AST):
        return node
    if not node._fields and not node._attributes:
        return type(node).__name__
    out = {"nodeType": type(node).__name__}
    for f in node._fields:
        v = getattr(node, f, None)
        if f == "value" and isinstance(node, (ast.Constant, ast.MatchSingleton)):
            out[f] = const(v)
        else:
            out[f] = conv(v)
    for a in node._attributes:
        out[a] = getattr(node, a, None)
    return out


def main():
    for path in sys.argv[1:]:
        with open(path, "rb") as f:
            src = f.read()
        tree = ast.parse(src, path)
        print(json.dumps(conv(tree)))


if __name__ == "__main__":
    main()
