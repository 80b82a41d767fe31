# types' descriptor classes are the classes of the builtin descriptors; pickle and copy of them.
import types
import pickle
import copy


class C:
    __slots__ = ('x',)


for name in ('MethodDescriptorType', 'WrapperDescriptorType', 'MethodWrapperType', 'GetSetDescriptorType',
             'MemberDescriptorType', 'ClassMethodDescriptorType', 'BuiltinMethodType', 'BuiltinFunctionType'):
    print(name, getattr(types, name).__name__)
print(type(list.append) is types.MethodDescriptorType, type(object.__init__) is types.WrapperDescriptorType,
      type([].__add__) is types.MethodWrapperType, type(int.real) is types.GetSetDescriptorType,
      type(C.x) is types.MemberDescriptorType, type([].append) is types.BuiltinMethodType)
print(pickle.loads(pickle.dumps(list.append)) is list.append, pickle.loads(pickle.dumps(list.__add__)) is list.__add__)
print(pickle.loads(pickle.dumps([1].__add__))([2]), pickle.loads(pickle.dumps(C.x)) is C.x)
print(list.append.__reduce__(), C.x.__reduce__())
print(copy.copy(list.append) is list.append, copy.deepcopy([str.join])[0] is str.join)
try:
    copy.deepcopy(int.real)
except TypeError as e:
    print(e)
