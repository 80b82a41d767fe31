# A Field whose type refers back to itself (or a field named like its type's class) shows
# '...' in its repr instead of recursing, as CPython's recursive_repr-decorated Field.__repr__.
from dataclasses import dataclass, field
rec = field()
rec.type = rec
rec.name = 'id'
print(',type=...,' in repr(rec))


class C:
    pass


@dataclass
class D:
    C: C = field()


print(',type=...,' in repr(D.__dataclass_fields__['C']))
