# type() with one argument, and type(name, bases, dict) creating classes dynamically.
print(type(1), type("s").__name__, type(type), type(None).__name__)

def greet(self):
    return f"hi from {self.name}"

Person = type("Person", (), {"name": "anon", "greet": greet})
p = Person()
print(Person.__name__, p.greet(), Person.__bases__, type(p) is Person)
Student = type("Student", (Person,), {"name": "stu"})
print(Student().greet(), Student.__mro__[1].__name__, issubclass(Student, Person))
print(type.__name__, object.__name__, type(object), isinstance(Person, type))
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("a", "b")
except TypeError as e:
    print("TypeError:", e)
