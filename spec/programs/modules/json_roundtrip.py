# json.dumps/loads round trips with indent, sort_keys, separators and errors.
import json

data = {"name": "pystm", "versions": [3, 11], "nested": {"ok": True, "none": None, "pi": 3.25}, "ünï": "cödé"}
s = json.dumps(data, sort_keys=True)
print(s)
print(json.loads(s) == data)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps([1, 2, {"a": 1}], separators=(",", ":")))
print(json.loads('[1, 2.5, "x", null, true, {"k": [ ]}]'))
print(json.dumps("quote\"and\\back\nslash"), json.dumps((1, 2)))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"d": 1}, default=str), json.dumps(float("inf")))
