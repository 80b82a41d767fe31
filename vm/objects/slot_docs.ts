// CPython's docstrings of the slot wrappers (typeobject.c slotdefs): `list.__len__.__doc__` is
// 'Return len(self).'. A builtin method named after a slot answers its doc (objects/method.ts);
// the other builtins have none yet. Generated from python3 3.11's builtin types' wrapper
// descriptors; `__iadd__`/`__imul__` are the sequence versions (lists), as in CPython.
export const SLOT_DOCS: ReadonlyMap<string, string> = new Map([
  ['__abs__', 'abs(self)'],
  ['__add__', 'Return self+value.'],
  ['__aiter__', 'Return an awaitable, that resolves in asynchronous iterator.'],
  ['__and__', 'Return self&value.'],
  ['__anext__', 'Return a value or raise StopAsyncIteration.'],
  ['__await__', 'Return an iterator to be used in await expression.'],
  ['__bool__', 'True if self else False'],
  ['__call__', 'Call self as a function.'],
  ['__contains__', 'Return key in self.'],
  ['__delattr__', 'Implement delattr(self, name).'],
  ['__delete__', 'Delete an attribute of instance.'],
  ['__delitem__', 'Delete self[key].'],
  ['__divmod__', 'Return divmod(self, value).'],
  ['__eq__', 'Return self==value.'],
  ['__float__', 'float(self)'],
  ['__floordiv__', 'Return self//value.'],
  ['__ge__', 'Return self>=value.'],
  ['__get__', 'Return an attribute of instance, which is of type owner.'],
  ['__getattribute__', 'Return getattr(self, name).'],
  ['__getitem__', 'Return self[key].'],
  ['__gt__', 'Return self>value.'],
  ['__hash__', 'Return hash(self).'],
  ['__iadd__', 'Implement self+=value.'],
  ['__iand__', 'Return self&=value.'],
  ['__ifloordiv__', 'Return self//=value.'],
  ['__ilshift__', 'Return self<<=value.'],
  ['__imatmul__', 'Return self@=value.'],
  ['__imod__', 'Return self%=value.'],
  ['__imul__', 'Implement self*=value.'],
  ['__index__', 'Return self converted to an integer, if self is suitable for use as an index into a list.'],
  ['__init__', 'Initialize self.  See help(type(self)) for accurate signature.'],
  ['__int__', 'int(self)'],
  ['__invert__', '~self'],
  ['__ior__', 'Return self|=value.'],
  ['__ipow__', 'Return self**=value.'],
  ['__irshift__', 'Return self>>=value.'],
  ['__isub__', 'Return self-=value.'],
  ['__iter__', 'Implement iter(self).'],
  ['__itruediv__', 'Return self/=value.'],
  ['__ixor__', 'Return self^=value.'],
  ['__le__', 'Return self<=value.'],
  ['__len__', 'Return len(self).'],
  ['__lshift__', 'Return self<<value.'],
  ['__lt__', 'Return self<value.'],
  ['__matmul__', 'Return self@value.'],
  ['__mod__', 'Return self%value.'],
  ['__mul__', 'Return self*value.'],
  ['__ne__', 'Return self!=value.'],
  ['__neg__', '-self'],
  ['__new__', 'Create and return a new object.  See help(type) for accurate signature.'],
  ['__next__', 'Implement next(self).'],
  ['__or__', 'Return self|value.'],
  ['__pos__', '+self'],
  ['__pow__', 'Return pow(self, value, mod).'],
  ['__radd__', 'Return value+self.'],
  ['__rand__', 'Return value&self.'],
  ['__rdivmod__', 'Return divmod(value, self).'],
  ['__repr__', 'Return repr(self).'],
  ['__rfloordiv__', 'Return value//self.'],
  ['__rlshift__', 'Return value<<self.'],
  ['__rmatmul__', 'Return value@self.'],
  ['__rmod__', 'Return value%self.'],
  ['__rmul__', 'Return value*self.'],
  ['__ror__', 'Return value|self.'],
  ['__rpow__', 'Return pow(value, self, mod).'],
  ['__rrshift__', 'Return value>>self.'],
  ['__rshift__', 'Return self>>value.'],
  ['__rsub__', 'Return value-self.'],
  ['__rtruediv__', 'Return value/self.'],
  ['__rxor__', 'Return value^self.'],
  ['__set__', 'Set an attribute of instance to value.'],
  ['__setattr__', 'Implement setattr(self, name, value).'],
  ['__setitem__', 'Set self[key] to value.'],
  ['__str__', 'Return str(self).'],
  ['__sub__', 'Return self-value.'],
  ['__truediv__', 'Return self/value.'],
  ['__xor__', 'Return self^value.'],
]);

/** Slots that CPython's types define as methods with their own doc (METH_COEXIST), by qualname. */
export const METHOD_SLOT_DOCS: ReadonlyMap<string, string> = new Map([
  ['dict.__contains__', 'True if the dictionary has the specified key, else False.'],
  ['dict.__getitem__', 'x.__getitem__(y) <==> x[y]'],
  ['list.__getitem__', 'x.__getitem__(y) <==> x[y]'],
  ['set.__contains__', 'x.__contains__(y) <==> y in x.'],
  ['frozenset.__contains__', 'x.__contains__(y) <==> y in x.'],
]);

const UNARY_SLOTS = new Set([
  '__abs__', '__aiter__', '__anext__', '__await__', '__bool__', '__float__', '__hash__', '__index__',
  '__int__', '__invert__', '__iter__', '__len__', '__neg__', '__next__', '__pos__', '__repr__', '__str__',
]);
const OTHER_SLOT_SIGNATURES: ReadonlyMap<string, string> = new Map([
  ['__call__', '($self, /, *args, **kwargs)'],
  ['__init__', '($self, /, *args, **kwargs)'],
  ['__get__', '($self, instance, owner=None, /)'],
  ['__set__', '($self, instance, value, /)'],
  ['__delete__', '($self, instance, /)'],
  ['__setattr__', '($self, name, value, /)'],
  ['__delattr__', '($self, name, /)'],
  ['__getattribute__', '($self, name, /)'],
  ['__getitem__', '($self, key, /)'],
  ['__delitem__', '($self, key, /)'],
  ['__contains__', '($self, key, /)'],
  ['__setitem__', '($self, key, value, /)'],
  ['__pow__', '($self, value, mod=None, /)'],
  ['__rpow__', '($self, value, mod=None, /)'],
]);

/** A slot wrapper's `__text_signature__` (what CPython's slotdefs docs begin with, e.g.
 *  '__get__($self, instance, owner=None, /)'): inspect.signature reads it. The number slots
 *  not listed take one operand, `($self, value, /)`. */
export function slotTextSignature(name: string): string | undefined {
  if (UNARY_SLOTS.has(name)) return '($self, /)';
  const other = OTHER_SLOT_SIGNATURES.get(name);
  if (other !== undefined) return other;
  return SLOT_DOCS.has(name) && name !== '__new__' ? '($self, value, /)' : undefined;
}
