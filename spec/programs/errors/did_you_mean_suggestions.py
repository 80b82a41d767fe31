# The traceback line of a NameError/AttributeError offers the closest name ("Did you mean"),
# from the locals, globals and builtins of the failing frame, or dir() of the object.
import sys, io
def show(f):
    try:
        f()
    except Exception:
        old = sys.stderr
        sys.stderr = io.StringIO()
        sys.__excepthook__(*sys.exc_info())
        text = sys.stderr.getvalue()
        sys.stderr = old
        print(text.splitlines()[-1])
global_for_suggestions = 1
def Substitution():
    noise = more_noise = a = bc = None
    blech = None
    print(bluch)
def Elimination():
    blch = None
    print(bluch)
def Addition():
    bluchin = None
    print(bluch)
def EliminationOverAddition():
    blucha = None
    bluc = None
    print(bluch)
def SubstitutionOverElimination():
    blach = None
    bluc = None
    print(bluch)
for f in (Substitution, Elimination, Addition, EliminationOverAddition, SubstitutionOverElimination,
          lambda: global_for_suggestion, lambda: ZeroDivisionErrrrr, lambda: Zerodivisionerror, lambda: blech,
          lambda: aab):
    show(f)
class A:
    blech = None
    bluc = 1
    def __init__(self): self.alpha = 1
show(lambda: A().bluch)
show(lambda: A().alpah)
show(lambda: A.blec)
show(lambda: [].apend)
show(lambda: sys.exc_inf)
show(lambda: (1).real2)
try:
    x
except NameError as e:
    print(e.name)
def ul():
    print(y)
    y = 1
try:
    ul()
except UnboundLocalError as e:
    print(e.name)
show(ul)
e = AttributeError("msg", name="blech", obj=A())
try:
    raise e
except AttributeError:
    show(lambda: (_ for _ in ()).throw(e))
