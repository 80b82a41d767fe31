# With string annotations, a dataclass recognises ClassVar/InitVar written as typing.ClassVar[...],
# dataclasses.InitVar[...], or a name the class's module binds to (a subscript of) them; a name
# bound only in the class body is not looked up, so that field stays an ordinary one.
import dataclasses
import _dataclass_str_annotations_helper as strmod
c = strmod.CV(10)
print(c.cv0, c.not_cv4, [f.name for f in dataclasses.fields(strmod.CV)])
iv = strmod.IV(0, 1, 2, 3, 4)
print(iv.got, iv.not_iv4, [f.name for f in dataclasses.fields(strmod.IV)])
