#!/usr/bin/env python3
"""Writes the C source of Benchmarks/LoadModules/large_module.wasm to stdout.

    python3 gen_large_module.py [--functions N] [--seed S] > large_module.c

Many distinct functions (loops, switch statements, integer and floating-point
arithmetic, memory traffic through a global array, calls to earlier functions),
so that a WebAssembly engine's decoder, validator and translator get a module of
the size of a large real plugin (~2.5 MB) whose code is varied rather than
repeated. Deterministic: the same arguments give the same source.

Every function is reachable: `run(n)` calls each one through a table of function
pointers (`call_indirect`) and folds the results into a checksum, so the module
can also be run to check that two engines agree. No undefined behaviour:
unsigned arithmetic wraps, divisors are forced non-zero, shift counts masked,
array indices masked.
"""
import argparse
import random

MEM_WORDS = 4096  # uint32_t words of the shared array (16 KiB)

BINOPS = ["+", "-", "*", "^", "|", "&"]


class Gen:
    def __init__(self, rng, index, callable_count):
        self.rng = rng
        self.index = index
        self.callable_count = callable_count
        self.locals = ["a", "b"]
        self.next_local = 0
        self.lines = []

    def var(self):
        return self.rng.choice(self.locals)

    def const(self):
        r = self.rng.random()
        if r < 0.5:
            return "0x%02xu" % self.rng.randrange(1, 64)
        return "0x%08xu" % self.rng.getrandbits(32)

    def pair(self, depth):
        """Two operand expressions that are not textually identical (no `x < x`)."""
        left, right = self.expr(depth), self.expr(depth)
        if left == right:
            right = self.const()
        return left, right

    def expr(self, depth=0):
        r = self.rng.random()
        if depth > 2 or r < 0.25:
            return self.var() if self.rng.random() < 0.7 else self.const()
        if r < 0.55:
            op = self.rng.choice(BINOPS)
            left, right = self.pair(depth + 1)
            return "(%s %s %s)" % (left, op, right)
        if r < 0.65:
            return "(%s >> (%s & 31u))" % (self.expr(depth + 1), self.expr(depth + 1))
        if r < 0.72:
            return "(%s << (%s & 31u))" % (self.expr(depth + 1), self.expr(depth + 1))
        if r < 0.78:
            return "(%s / ((%s) | 1u))" % (self.expr(depth + 1), self.expr(depth + 1))
        if r < 0.84:
            return "(%s %% ((%s) | 1u))" % (self.expr(depth + 1), self.expr(depth + 1))
        if r < 0.92:
            return "mem[(%s) & %du]" % (self.expr(depth + 1), MEM_WORDS - 1)
        left, right = self.pair(depth + 1)
        yes, no = self.pair(depth + 1)
        return "(%s < %s ? %s : %s)" % (left, right, yes, no)

    def new_local(self, init):
        name = "v%d" % self.next_local
        self.next_local += 1
        self.lines.append("    uint32_t %s = %s;" % (name, init))
        self.locals.append(name)
        return name

    def value_for(self, target, depth=0):
        """An expression to assign to `target` that is not `target` itself."""
        e = self.expr(depth)
        return e if e != target else "(%s + %s)" % (target, self.const())

    def statement(self, indent="    "):
        r = self.rng.random()
        target = self.rng.choice(self.locals)
        if r < 0.30:
            self.lines.append("%s%s = %s;" % (indent, target, self.value_for(target)))
        elif r < 0.45:
            self.lines.append("%smem[(%s) & %du] = %s;" % (indent, self.expr(1), MEM_WORDS - 1, self.expr()))
        elif r < 0.62:
            bound = self.rng.randrange(3, 17)
            self.lines.append("%sfor (uint32_t i = 0; i < %du + (%s & 7u); i++) {" % (indent, bound, self.var()))
            self.lines.append("%s    %s = (%s %s i) + mem[(i * %du + %s) & %du];" % (
                indent, target, target, self.rng.choice(BINOPS), self.rng.randrange(1, 97), self.var(), MEM_WORDS - 1))
            self.lines.append("%s    mem[(i + %du) & %du] ^= %s;" % (indent, self.rng.randrange(MEM_WORDS), MEM_WORDS - 1, self.expr(1)))
            self.lines.append("%s}" % indent)
        elif r < 0.77:
            cases = self.rng.randrange(4, 11)
            self.lines.append("%sswitch (%s %% %du) {" % (indent, self.var(), cases + 1))
            for c in range(cases):
                self.lines.append("%scase %d: %s = %s; break;" % (indent, c, target, self.value_for(target, 1)))
            self.lines.append("%sdefault: %s ^= %s; break;" % (indent, target, self.const()))
            self.lines.append("%s}" % indent)
        elif r < 0.87:
            left, right = self.pair(1)
            self.lines.append("%sif (%s > %s) {" % (indent, left, right))
            self.lines.append("%s    %s = %s;" % (indent, target, self.value_for(target)))
            self.lines.append("%s} else {" % indent)
            self.lines.append("%s    %s += %s;" % (indent, target, self.expr()))
            self.lines.append("%s}" % indent)
        elif r < 0.94 and self.index > 0:
            callee = self.rng.randrange(max(0, self.index - 50), self.index)
            self.lines.append("%s%s ^= f%d(%s, %s & 0xffu);" % (indent, target, callee, self.expr(1), self.var()))
        else:
            # A little floating point: converted back with a bounded, defined conversion.
            self.lines.append("%s{ double d = (double)(%s) * %d.0 + (double)(%s & 0xffffu) / %d.0;" % (
                indent, self.var(), self.rng.randrange(1, 9), self.var(), self.rng.randrange(2, 17)))
            self.lines.append("%s  %s ^= (uint32_t)(unsigned long long)(d > 0.0 && d < 1e15 ? d : 1.0); }" % (indent, target))

    def function(self):
        name = "f%d" % self.index
        self.lines.append("__attribute__((noinline)) static uint32_t %s(uint32_t a, uint32_t b) {" % name)
        for _ in range(self.rng.randrange(1, 4)):
            self.new_local(self.expr(1))
        for _ in range(self.rng.randrange(6, 12)):
            self.statement()
        self.lines.append("    return %s;" % " ^ ".join(self.locals))
        self.lines.append("}")
        return "\n".join(self.lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--functions", type=int, default=3850)
    parser.add_argument("--seed", type=int, default=20240611)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = []
    out.append("/* Generated by gen_large_module.py --functions %d --seed %d. Do not edit. */" % (args.functions, args.seed))
    out.append("typedef unsigned int uint32_t;")
    out.append("typedef unsigned long long uint64_t;")
    out.append("static uint32_t mem[%d];" % MEM_WORDS)
    out.append("typedef uint32_t (*fn_t)(uint32_t, uint32_t);")
    for k in range(args.functions):
        out.append(Gen(rng, k, args.functions).function())
    out.append("static fn_t const table[%d] = {" % args.functions)
    out.append(",\n".join("    f%d" % k for k in range(args.functions)))
    out.append("};")
    out.append("""
/* Calls every function once per round through the table (call_indirect) and folds the
   results into a checksum; n rounds. Re-initialises the shared array first. */
__attribute__((export_name("run"))) uint64_t run(uint32_t n) {
    for (uint32_t i = 0; i < %d; i++) mem[i] = i * 2654435761u;
    uint64_t acc = 0x9e3779b97f4a7c15ull;
    for (uint32_t r = 0; r < n; r++) {
        for (uint32_t k = 0; k < %d; k++) {
            uint32_t v = table[k]((uint32_t)acc ^ k, r + k);
            acc = (acc ^ v) * 0x100000001b3ull;
        }
    }
    return acc;
}

__attribute__((export_name("default_n"))) uint32_t default_n(void) { return 1; }
""" % (MEM_WORDS, args.functions))
    print("\n".join(out))


if __name__ == "__main__":
    main()
