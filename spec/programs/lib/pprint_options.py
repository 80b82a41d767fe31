# pprint options: compact, sort_dicts, underscore_numbers, stream, pp(), PrettyPrinter methods
import io
import pprint
pprint.pprint(list(range(60)), compact=True, width=50)
pprint.pprint([[1, 2, 3]] * 12 + ['x' * 30], compact=True, width=40)
pprint.pp({'z': 1, 'a': 2, 'm': [3] * 40})
pprint.pprint({'z': 1, 'a': 2, 'm': [3] * 40}, sort_dicts=False)
pprint.pprint(10 ** 20, underscore_numbers=True)
pprint.pprint([10 ** 20, -12345, True, 3.5] * 3, underscore_numbers=True, width=40)
sio = io.StringIO()
pprint.pprint([[1, 2]] * 30, stream=sio, width=20)
print(sio.getvalue().count('\n'), repr(sio.getvalue()[:30]))
p = pprint.PrettyPrinter(indent=3, width=30, stream=sio)
print(p.pformat({'alpha': [1, 2, 3], 'beta': ('x' * 12, 'y' * 12)}))
print(p.isreadable([1, 'a', {2: 3}]), p.isreadable([object]), p.isrecursive([1]))
print(p.format([1, 2], {}, 0, 0))
print(pprint.saferepr({'b': 1, 'a': [2, (3,)]}), pprint.isreadable(3), pprint.isreadable(object()))
print(pprint.pformat('short'), pprint.pformat(b'bytes'), pprint.pformat(None))
