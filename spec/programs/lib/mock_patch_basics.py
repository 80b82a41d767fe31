# unittest.mock as CPython's tests use it: Mock/MagicMock calls, return_value, side_effect
# (iterable, exception, function), magic methods set per instance, call/ANY/sentinel, patch as
# decorator and context manager, patch.object, patch.dict, assertions and their messages.
import random
import unittest.mock as um
from unittest.mock import Mock, MagicMock, patch, call, ANY, sentinel

m = Mock(return_value=3)
print(m(1, a=2), m.call_count, m.call_args, m.call_args_list, m.called)
m.assert_called_once_with(1, a=2)
m.side_effect = [5, 6]
print(m(), m())
try:
    m()
except StopIteration:
    print('StopIteration when side_effect runs out')
m.side_effect = KeyError('k')
try:
    m()
except KeyError as e:
    print('raised', repr(e))
m.side_effect = lambda x: x * 2
print(m(21))
m.reset_mock()
print(m.call_count, m.call_args)

mi = Mock()
mi.__mul__ = Mock(return_value=15)
mi.__hash__ = Mock(return_value=999)
print(mi * 2, hash(mi), mi.__hash__.call_count, hash(Mock()) != 999)

mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), float(mm), mm == mm, mm != 3, 3 in mm)
mm.__len__.return_value = 4
mm.__getitem__.side_effect = lambda k: k * 10
print(len(mm), mm[4])
with mm as x:
    print(x is mm.__enter__.return_value)

with patch.object(random.Random, 'random') as rm:
    rm.side_effect = [0.25, 0.5]
    g = random.Random()
    print(g.random(), g.random(), rm.call_count)
print(isinstance(random.Random.random, Mock))


@patch('random.Random.gammavariate')
def beta(gm):
    gm.return_value = 0.0
    return random.Random().betavariate(2.0, 3.0), gm.call_count


print(beta())
print(call(1, b=2) == call(1, b=2), call(1) == call(2), call.foo(1), repr(sentinel.X),
      sentinel.X is sentinel.X, ANY == 3, [call(ANY)] == [call(7)])

c = Mock()
c.foo.bar(1)
c(2)
print(c.mock_calls, c.method_calls)
c.assert_has_calls([call.foo.bar(1), call(2)])

with patch('builtins.int') as mk:
    int('7')
    mk.assert_called_once_with('7')
print(int('8'))

d = {'a': 1}
with patch.dict(d, {'b': 2}):
    print(sorted(d.items()))
print(sorted(d.items()))

for bad in (lambda: Mock().assert_called_once(), lambda: Mock(name='f').assert_called_with(1),
            lambda: m.assert_not_called()):
    try:
        bad()
    except AssertionError as e:
        print('AssertionError:', str(e).splitlines()[0])

try:
    Mock().assret_called()
except AttributeError as e:
    print('AttributeError:', e)

s = Mock(spec=['a'])
try:
    s.b
except AttributeError as e:
    print('AttributeError:', e)
print(isinstance(Mock(spec=random.Random), random.Random))
