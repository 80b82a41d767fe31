# A dataclass's generated __init__ carries the fields' annotations and 'return': None, and lives in
# the class's module globals, so typing.get_type_hints resolves its string annotations there.
import typing, _dataclass_textanno_helper
print(typing.get_type_hints(_dataclass_textanno_helper.Bar))
print(typing.get_type_hints(_dataclass_textanno_helper.Bar.__init__))
print(_dataclass_textanno_helper.Bar.__init__.__annotations__, _dataclass_textanno_helper.Bar.__init__.__qualname__, _dataclass_textanno_helper.Bar(_dataclass_textanno_helper.Foo(), 3).n)
