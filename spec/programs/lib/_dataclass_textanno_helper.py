# Helper module of dataclass_init_annotations.py: a dataclass with string annotations (PEP 563).
from __future__ import annotations
import dataclasses
class Foo:
    pass
@dataclasses.dataclass
class Bar:
    foo: Foo
    n: int = 0
