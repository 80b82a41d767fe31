# deltablue: the DeltaBlue incremental constraint solver (Freeman-Benson, Maloney and Borning).
# Variables are linked by constraints of different strengths; adding or removing a constraint
# re-plans incrementally by walking strengths, and a plan extracted from an edit constraint is
# executed repeatedly. Two workloads: a long chain of equalities driven from one end, and a
# projection of many scale-and-offset constraints whose inputs are changed. Object-heavy code
# with deep class hierarchies and polymorphic calls. Size = the chain/projection length.
# Checksum: every value the tests check, folded into one integer.
import sys


class Strength:
    def __init__(self, rank, name):
        self.rank = rank  # 0 is strongest
        self.name = name

    def stronger_than(self, other):
        return self.rank < other.rank

    def weaker_than(self, other):
        return self.rank > other.rank

    def weaker_step(self):
        return STRENGTHS[self.rank + 1] if self.rank + 1 < len(STRENGTHS) else self


STRENGTHS = [Strength(i, n) for i, n in enumerate(
    ["required", "strong_preferred", "preferred", "strong_default", "normal", "weak_default", "weakest"])]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = STRENGTHS


def weaker_of(a, b):
    return a if a.weaker_than(b) else b


class SolverError(Exception):
    pass


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def attach(self, c):
        self.constraints.append(c)

    def detach(self, c):
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def install(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def satisfy(self, mark):
        """Try to satisfy this constraint; return the constraint it overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise SolverError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.propagate_from(self, mark):
            raise SolverError("cycle encountered")
        out.mark = mark
        return overridden

    def uninstall(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        Constraint.__init__(self, planner, strength)
        self.var = var
        self.satisfied = False
        self.install()

    def add_to_graph(self):
        self.var.attach(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.detach(self)
        self.satisfied = False

    def choose_method(self, mark):
        v = self.var
        self.satisfied = v.mark != mark and self.strength.stronger_than(v.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.var

    def recalculate(self):
        v = self.var
        v.walk_strength = self.strength
        v.stay = not self.is_input()
        if v.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True


class StayConstraint(UnaryConstraint):
    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True

    def execute(self):
        pass


UNDECIDED, FORWARD, BACKWARD = 0, 1, 2


class BinaryConstraint(Constraint):
    def __init__(self, planner, a, b, strength):
        Constraint.__init__(self, planner, strength)
        self.a = a
        self.b = b
        self.direction = UNDECIDED
        self.install()

    def add_to_graph(self):
        self.a.attach(self)
        self.b.attach(self)
        self.direction = UNDECIDED

    def remove_from_graph(self):
        self.a.detach(self)
        self.b.detach(self)
        self.direction = UNDECIDED

    def choose_method(self, mark):
        a, b, s = self.a, self.b, self.strength
        if a.mark == mark:
            ok = b.mark != mark and s.stronger_than(b.walk_strength)
            self.direction = FORWARD if ok else UNDECIDED
        elif b.mark == mark:
            ok = a.mark != mark and s.stronger_than(a.walk_strength)
            self.direction = BACKWARD if ok else UNDECIDED
        elif a.walk_strength.weaker_than(b.walk_strength):
            self.direction = BACKWARD if s.stronger_than(a.walk_strength) else UNDECIDED
        else:
            self.direction = FORWARD if s.stronger_than(b.walk_strength) else BACKWARD

    def is_satisfied(self):
        return self.direction != UNDECIDED

    def input(self):
        return self.a if self.direction == FORWARD else self.b

    def output(self):
        return self.b if self.direction == FORWARD else self.a

    def mark_inputs(self, mark):
        self.input().mark = mark

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = weaker_of(self.strength, src.walk_strength)
        out.stay = src.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = UNDECIDED

    def inputs_known(self, mark):
        src = self.input()
        return src.mark == mark or src.stay or src.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """b = a * scale + offset (forward) or a = (b - offset) // scale (backward)."""

    def __init__(self, planner, a, scale, offset, b, strength):
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, planner, a, b, strength)

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.attach(self)
        self.offset.attach(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.detach(self)
        self.offset.detach(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.b.value = self.a.value * self.scale.value + self.offset.value
        else:
            self.a.value = (self.b.value - self.offset.value) // self.scale.value

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = weaker_of(self.strength, src.walk_strength)
        out.stay = src.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan:
    def __init__(self):
        self.steps = []

    def execute(self):
        for c in self.steps:
            c.execute()


class Planner:
    def __init__(self):
        self.mark = 0

    def next_mark(self):
        self.mark += 1
        return self.mark

    def incremental_add(self, c):
        mark = self.next_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.unpropagate(out)
        strength = REQUIRED
        while True:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            strength = strength.weaker_step()
            if strength is WEAKEST:
                break

    def propagate_from(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.consumers_of(d.output(), todo)
        return True

    def unpropagate(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            determining = v.determined_by
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
                elif c is not determining:
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def consumers_of(self, v, out):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                out.append(c)

    def plan_from(self, sources):
        mark = self.next_mark()
        plan = Plan()
        todo = list(sources)
        i = 0
        while i < len(todo):
            c = todo[i]
            i += 1
            v = c.output()
            if v.mark != mark and c.inputs_known(mark):
                plan.steps.append(c)
                v.mark = mark
                self.consumers_of(v, todo)
        return plan

    def plan_for_edits(self, constraints):
        return self.plan_from([c for c in constraints if c.is_input() and c.is_satisfied()])


def chain_test(n):
    p = Planner()
    vs = [Variable("v%d" % i) for i in range(n + 1)]
    for i in range(n):
        EqualityConstraint(p, vs[i], vs[i + 1], REQUIRED)
    StayConstraint(p, vs[-1], STRONG_DEFAULT)
    edit = EditConstraint(p, vs[0], PREFERRED)
    plan = p.plan_for_edits([edit])
    check = 0
    for i in range(100):
        vs[0].value = i
        plan.execute()
        if vs[-1].value != i:
            raise SolverError("chain test failed")
        check += vs[-1].value + vs[n // 2].value
    edit.uninstall()
    return check + len(plan.steps)


def change(p, var, value):
    edit = EditConstraint(p, var, PREFERRED)
    plan = p.plan_for_edits([edit])
    for _ in range(10):
        var.value = value
        plan.execute()
    edit.uninstall()


def projection_test(n):
    p = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        StayConstraint(p, src, NORMAL)
        ScaleConstraint(p, src, scale, offset, dst, REQUIRED)
    check = 0
    change(p, src, 17)
    if dst.value != 1170:
        raise SolverError("projection test 1 failed")
    change(p, dst, 1050)
    if src.value != 5:
        raise SolverError("projection test 2 failed")
    change(p, scale, 5)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 1000:
            raise SolverError("projection test 3 failed")
        check += dests[i].value
    change(p, offset, 2000)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 2000:
            raise SolverError("projection test 4 failed")
        check += dests[i].value
    return check


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rounds = 6
    total = 0
    for _ in range(rounds):
        total += chain_test(n)
        total += projection_test(n)
    print("deltablue n=%d x%d check %d" % (n, rounds, total))


main()
