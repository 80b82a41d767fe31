# Cooperative __init__ through super() with keyword arguments in a diamond.
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        super().__init__(**kw)
class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.log.append(f"Left {left}")
class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.log.append(f"Right {right}")
class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Both")
print(Both(left=1, right=2).log)
try:
    Both(extra=3)
except TypeError as e:
    print(e)
