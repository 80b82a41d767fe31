# dir() of an enum member: public names of the MRO's classes (methods, enum.property getters,
# even one named like a member) and of the instance, never the members themselves.
import enum


class Base(enum.Enum):
    @enum.property
    def first(self):
        return '%s is first!' % self.name


class TE(Base):
    first = 1
    second = 2

    def meth(self):
        pass


TE.first.extra = 5
print(dir(TE.first))
print(dir(TE.second))
print(TE.first.value, TE.second.first)
