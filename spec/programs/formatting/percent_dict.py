# % formatting with a mapping: %(name)s, repeated keys and width.
d = {"name": "Bo", "n": 3, "f": 2.5}
print("%(name)s has %(n)d items costing %(f).2f (%(name)r)" % d)
print("%(n)5d|%(name)-6s|" % d, "%%(x)s" % {}, "%s" % {"k": 1})
try:
    "%(missing)s" % d
except KeyError as e:
    print("KeyError", e)
