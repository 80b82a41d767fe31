# format(x) and f'{x}' with an empty spec call str(x) for subclasses of int, float and str (the
# type's __format__ only formats the value itself when a spec is given): an overridden __str__,
# as IntEnum/StrEnum subclasses with their own __str__ have, decides the text.
import enum


class I(int):
    def __str__(self):
        return 'I!'


class F(float):
    def __str__(self):
        return 'F!'


class S(str):
    def __str__(self):
        return 'S!'


print(format(I(1)), int.__format__(I(1), ''), format(I(1), 'd'), f'{I(2)}', f'{I(2):>3}')
print(format(F(1.5)), float.__format__(F(1.5), ''), format(F(1.5), '.2f'), f'{F(2.0)}')
print(format(S('a')), str.__format__(S('a'), ''), format(S('a'), '>3'), f'{S("x")}')
print(format(True), format(False, ''), format(True, 'd'), f'{True}')


class Num(enum.IntEnum):
    def __str__(self):
        return self.name.upper()
    first = 1


class Word(enum.StrEnum):
    def __str__(self):
        return self.name.title()
    first = enum.auto()


print(str(Num.first), format(Num.first), f'{Num.first}', format(Num.first, 'd'))
print(str(Word.first), format(Word.first), f'{Word.first}', repr(format(Word.first, '>6')))
