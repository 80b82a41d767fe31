# The string module: constants, capwords and Template.
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, string.ascii_lowercase, string.ascii_uppercase, len(string.printable))
print(string.capwords("hello   big  world"), string.capwords("a-b c", "-"))
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="y")
except KeyError as e:
    print("KeyError", e)
