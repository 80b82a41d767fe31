# MATCH_SEQUENCE / MATCH_MAPPING test the Py_TPFLAGS_SEQUENCE/_MAPPING flags: builtins carry them,
# collections.abc.Sequence/Mapping set them from __abc_tpflags__ and on registered classes, and a
# class takes the first flag along its MRO (multiple inheritance of UserDict and Sequence, ...).
import collections, collections.abc, array
def seq_then_map(x):
    match x:
        case [*_]: return "seq"
        case {}: return "map"
    return None
class C: pass
class M1(collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class M4(dict, collections.abc.Sequence, C): pass
class S1(collections.UserList, collections.abc.Mapping): pass
class S3(list, C, collections.abc.Mapping): pass
class S4(collections.UserList, dict, C): pass
class Plain: pass
collections.abc.Sequence.register(Plain)
class Sub(Plain): pass
for o in [M1(), M3(), M4(), S1(), S3(), S4(), array.array('b', b'ab'), collections.deque([1]), range(2), memoryview(b'ab'),
          collections.OrderedDict(), collections.defaultdict(int), type.__dict__, Plain(), Sub(), 'ab', b'ab', bytearray(b'a'), C(), {1: 2}]:
    print(type(o).__name__, seq_then_map(o))
print('__abc_tpflags__' in collections.abc.Sequence.__dict__, collections.abc.Sequence.__flags__ & (1 << 5) != 0, list.__flags__ & (1 << 5) != 0, dict.__flags__ & (1<<6) != 0)
match array.array("b", b"abc"):
    case [x, y, z]: print(x, y, z)
