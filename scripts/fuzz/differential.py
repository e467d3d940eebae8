#!/usr/bin/env python3
"""Differential testing of our WebAssembly engine against wasmtime (docs/fuzzing.md).

Generates random valid WebAssembly 2.0 modules with `wasm-tools smith` (--ensure-termination,
NaNs canonicalised, everything exported), runs every exported function with deterministic
arguments under fuel on wasmtime (in-process, through the wasmtime Python API) and on our
engine (`wasm-fuzz diff-run`, many modules per process), and compares results (exact bits),
trap kinds, exported globals, table sizes and a CRC-32 of every exported memory after each
call. A difference is reduced with `wasm-tools shrink` and stored, with wasmtime's lines as
the expected outcome, in Tests/InterpreterTests/FuzzRegressions/ (replayed by
FuzzRegressionTests).

  differential.py run [--seed S] [--executions N | --modules N | --seconds N] [--batch 40]
                      [--args 3] [--keep-corpus DIR] [--no-reduce] [--store-regressions]
  differential.py compare MODULE.wasm        # one module, both engines, the first difference
  differential.py expected MODULE.wasm       # wasmtime's canonical lines (what we must print)
  differential.py predicate --category C MODULE.wasm   # for wasm-tools shrink: exit 0 = still diverges
  differential.py store MODULE.wasm --name NAME --note TEXT   # keep a module as a regression

Fuel: both engines get FUEL per call; their fuel accounting differs, so an out-of-fuel trap
on either side (or a stack overflow: the depth limits differ too) ends the comparison of that
module as "skipped", never a divergence. --ensure-termination bounds every loop and call
chain, so this is rare. Exit status: 0 when no divergence, crash or hang was found, 1
otherwise, 2 when the tools are missing (python3 -m venv / pip unavailable).
"""
import argparse
import ctypes
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REGRESSIONS = ROOT / "Tests" / "InterpreterTests" / "FuzzRegressions"

try:
    import wasmtime
    from wasmtime import _ffi as ffi
    from wasmtime._func import enter_wasm
except ImportError:  # re-exec inside the project's venv when run with a bare python3
    venv_python = ROOT / ".build" / "tools" / "venv" / "bin" / "python3"
    if venv_python.exists() and not os.environ.get("DIFF_REEXEC"):
        os.environ["DIFF_REEXEC"] = "1"
        os.execv(str(venv_python), [str(venv_python)] + sys.argv)
    print("differential.py: the wasmtime Python package is missing (run scripts/setup-tools.sh)", file=sys.stderr)
    sys.exit(2)

FUEL = 50_000_000
MAX_PAGES = 160
MAX_TABLE = 10_000
ARG_SETS = 3
ENGINE_SPECIFIC = {"out_of_fuel", "stack_overflow", "deadline_exceeded"}

# Keep in sync with Sources/wasm-fuzz/Differential/Canonical.swift.
I32_POOL = [0, 1, 0xFFFFFFFF, 0x7FFFFFFF, 0x80000000, 2, 0x10000, 0xFFFE, 100, 0x12345678, 7, 0xFFFFFF80]
I64_POOL = [0, 1, 0xFFFFFFFFFFFFFFFF, 0x7FFFFFFFFFFFFFFF, 0x8000000000000000, 2, 0x100000000, 0xFFFFFFFF, 100,
            0x123456789ABCDEF0, 7, 0xFFFFFFFFFFFFFF80]
F32_POOL = [0, 0x3FC00000, 0x80000000, 0x7F800000, 0xFF800000, 0x4F000000, 0xCF000000, 0x3F800000, 0x00000001,
            0x7F7FFFFF, 0xC2C80000, 0x3E800000]
F64_POOL = [0, 0x3FF8000000000000, 0x8000000000000000, 0x7FF0000000000000, 0xFFF0000000000000, 0x41E0000000000000,
            0xC1E0000000000000, 0x3FF0000000000000, 0x0000000000000001, 0x7FEFFFFFFFFFFFFF, 0xC059000000000000,
            0x3FD0000000000000]

TRAP_NAMES = {
    "UNREACHABLE": "unreachable", "INTEGER_DIVISION_BY_ZERO": "integer_divide_by_zero",
    "INTEGER_OVERFLOW": "integer_overflow", "BAD_CONVERSION_TO_INTEGER": "invalid_conversion_to_integer",
    "MEMORY_OUT_OF_BOUNDS": "memory_out_of_bounds", "HEAP_MISALIGNED": "memory_out_of_bounds",
    "TABLE_OUT_OF_BOUNDS": "table_out_of_bounds", "INDIRECT_CALL_TO_NULL": "indirect_call_to_null",
    "BAD_SIGNATURE": "indirect_call_type_mismatch", "STACK_OVERFLOW": "stack_overflow",
    "OUT_OF_FUEL": "out_of_fuel", "INTERRUPT": "deadline_exceeded",
}
TRAP_BY_CODE = {}
for _name, _canon in TRAP_NAMES.items():
    if hasattr(wasmtime.TrapCode, _name):
        TRAP_BY_CODE[getattr(wasmtime.TrapCode, _name)] = _canon


def tools_bin():
    env = os.environ.get("WASM_TOOLS_BIN")
    if env:
        return Path(env)
    return ROOT / ".build" / "tools" / "venv" / "bin"


def wasm_tools():
    p = tools_bin() / "wasm-tools"
    return str(p) if p.exists() else (shutil.which("wasm-tools") or str(p))


# ---------------------------------------------------------------- canonical lines

def jstr(s):
    return json.dumps(s)


def obj(fields):
    """One JSON object line from (key, raw JSON) pairs: exactly Canonical.object in Swift."""
    return "{" + ",".join(jstr(k) + ":" + v for k, v in fields) + "}"


def jlist(items):
    return "[" + ",".join(jstr(i) for i in items) + "]"


VALKIND = {}


def _kinds():
    for name in ("I32", "I64", "F32", "F64", "FUNCREF", "EXTERNREF", "ANYREF", "V128"):
        attr = "WASMTIME_" + name
        if hasattr(ffi, attr):
            VALKIND[getattr(ffi, attr).value] = name.lower()


_kinds()


def raw_bits(val, kind):
    addr = ctypes.addressof(val.of)
    if kind in ("i32", "f32"):
        return ctypes.c_uint32.from_address(addr).value
    return ctypes.c_uint64.from_address(addr).value


def encode_raw(val):
    """A wasmtime_val_t as our canonical value text (exact bits for numbers)."""
    kind = VALKIND.get(val.kind, "?")
    if kind == "i32":
        return "i32:%08x" % raw_bits(val, kind)
    if kind == "i64":
        return "i64:%016x" % raw_bits(val, kind)
    if kind == "f32":
        return "f32:%08x" % raw_bits(val, kind)
    if kind == "f64":
        return "f64:%016x" % raw_bits(val, kind)
    if kind == "funcref":
        return "funcref:null" if val.of.funcref.store_id == 0 else "funcref:ref"
    if kind == "externref":
        return "externref:ref" if val.of.externref.store_id != 0 else "externref:null"
    return kind + ":?"


def make_param(ty, bits):
    s = str(ty)
    v = ffi.wasmtime_val_t()
    addr = ctypes.addressof(v.of)
    if s == "i32":
        v.kind = ffi.WASMTIME_I32.value
        ctypes.c_uint32.from_address(addr).value = bits
    elif s == "i64":
        v.kind = ffi.WASMTIME_I64.value
        ctypes.c_uint64.from_address(addr).value = bits
    elif s == "f32":
        v.kind = ffi.WASMTIME_F32.value
        ctypes.c_uint32.from_address(addr).value = bits
    elif s == "f64":
        v.kind = ffi.WASMTIME_F64.value
        ctypes.c_uint64.from_address(addr).value = bits
    elif s == "funcref":
        return wasmtime.Val.funcref(None)._new_raw(None)
    else:
        return wasmtime.Val.externref(None)._new_raw(None)
    return v


def arg_bits(types, k):
    out = []
    for i, t in enumerate(types):
        j = 5 * k + 3 * i
        s = str(t)
        if s == "i32":
            out.append(I32_POOL[j % len(I32_POOL)])
        elif s == "i64":
            out.append(I64_POOL[j % len(I64_POOL)])
        elif s == "f32":
            out.append(F32_POOL[j % len(F32_POOL)])
        elif s == "f64":
            out.append(F64_POOL[j % len(F64_POOL)])
        else:
            out.append(0)
    return out


def raw_call(store, func, ftype, bits):
    params = ftype.params
    results = ftype.results
    p = (ffi.wasmtime_val_t * max(1, len(params)))()
    for i, (t, b) in enumerate(zip(params, bits)):
        p[i] = make_param(t, b)
    r = (ffi.wasmtime_val_t * max(1, len(results)))()
    with enter_wasm(store) as trap:
        error = ffi.wasmtime_func_call(store._context(), ctypes.byref(func._func), p, len(params), r, len(results), trap)
        if error:
            raise wasmtime.WasmtimeError._from_ptr(error)
    out = [encode_raw(r[i]) for i in range(len(results))]
    for i in range(len(results)):
        ffi.wasmtime_val_unroot(ctypes.byref(r[i]))
    return out


def trap_name(t):
    code = getattr(t, "trap_code", None)
    if code in TRAP_BY_CODE:
        return TRAP_BY_CODE[code]
    return "other:" + str(code)


class Wasmtime:
    """The reference: wasmtime, with the same fuel, memory and table caps as ours."""

    def __init__(self, fuel=FUEL, max_pages=MAX_PAGES, max_table=MAX_TABLE, arg_sets=ARG_SETS, fresh=False):
        cfg = wasmtime.Config()
        cfg.consume_fuel = True
        cfg.cranelift_opt_level = "none"
        for feature, on in (("wasm_simd", False), ("wasm_relaxed_simd", False), ("wasm_threads", False),
                            ("wasm_tail_call", False), ("wasm_multi_memory", False), ("wasm_memory64", False),
                            ("wasm_gc", False), ("wasm_function_references", False), ("wasm_exceptions", False),
                            ("wasm_wide_arithmetic", False), ("wasm_custom_page_sizes", False),
                            ("wasm_reference_types", True), ("wasm_bulk_memory", True), ("wasm_multi_value", True)):
            try:
                setattr(cfg, feature, on)
            except Exception:
                pass
        self.engine = wasmtime.Engine(cfg)
        self.fuel, self.max_pages, self.max_table, self.arg_sets = fuel, max_pages, max_table, arg_sets
        self.fresh = fresh

    def run(self, data):
        lines = []
        try:
            module = wasmtime.Module(self.engine, data)
        except Exception:
            return [obj([("compile", jstr("error"))])]
        store = wasmtime.Store(self.engine)
        store.set_limits(memory_size=self.max_pages * 65536, table_elements=self.max_table)
        store.set_fuel(self.fuel)
        try:
            instance = wasmtime.Instance(store, module, [])
        except wasmtime.Trap as t:
            return [obj([("instantiate", jstr("trap")), ("trap", jstr(trap_name(t)))])]
        except Exception:
            return [obj([("instantiate", jstr("error"))])]
        lines.append(obj([("instantiate", jstr("ok"))]))
        exports = instance.exports(store)
        order = [(e.name, exports[e.name]) for e in module.exports]
        for name, _ in list(order):
            ext = exports[name]
            if not isinstance(ext, wasmtime.Func):
                continue
            if self.fresh:
                # A new instance per exported function (see DiffRun.Options.freshInstances).
                store.set_fuel(self.fuel)
                try:
                    instance = wasmtime.Instance(store, module, [])
                except Exception:
                    lines.append(obj([("instantiate", jstr("error"))]))
                    break
                exports = instance.exports(store)
                order = [(e.name, exports[e.name]) for e in module.exports]
                ext = exports[name]
            ftype = ext.type(store)
            for k in range(self.arg_sets):
                store.set_fuel(self.fuel)
                fields = [("call", jstr(name)), ("k", str(k))]
                try:
                    res = raw_call(store, ext, ftype, arg_bits(ftype.params, k))
                    fields += [("outcome", jstr("ok")), ("results", jlist(res))]
                except wasmtime.Trap as t:
                    fields += [("outcome", jstr("trap")), ("trap", jstr(trap_name(t)))]
                except wasmtime.WasmtimeError as e:
                    # wasmtime reports some traps (e.g. out of fuel in older versions) as errors.
                    msg = str(e)
                    kind = "out_of_fuel" if "fuel" in msg else "error:" + msg.split("\n")[0][:60]
                    fields += [("outcome", jstr("trap")), ("trap", jstr(kind))]
                fields += self.state(store, order)
                lines.append(obj(fields))
        tables = []
        for _, ext in order:
            if isinstance(ext, wasmtime.Table):
                size = ext.size(store)
                pattern = bytes(self.table_bit(store, ext, i) for i in range(size))
                tables.append("%d:%08x" % (size, zlib.crc32(pattern)))
        lines.append(obj([("final", jstr("state")), ("tables", jlist(tables))]))
        return lines

    @staticmethod
    def table_bit(store, table, i):
        raw = ffi.wasmtime_val_t()
        if not ffi.wasmtime_table_get(store._context(), ctypes.byref(table._table), i, ctypes.byref(raw)):
            return 2
        bit = 0 if encode_raw(raw).endswith(":null") else 1
        ffi.wasmtime_val_unroot(ctypes.byref(raw))
        return bit

    def state(self, store, order):
        globals_, tables, memories = [], [], []
        for _, ext in order:
            if isinstance(ext, wasmtime.Global):
                raw = ffi.wasmtime_val_t()
                ffi.wasmtime_global_get(store._context(), ctypes.byref(ext._global), ctypes.byref(raw))
                globals_.append(encode_raw(raw))
                ffi.wasmtime_val_unroot(ctypes.byref(raw))
            elif isinstance(ext, wasmtime.Table):
                tables.append(str(ext.size(store)))
            elif isinstance(ext, wasmtime.Memory):
                n = ext.data_len(store)
                data = ctypes.string_at(ext.data_ptr(store), n) if n else b""
                memories.append("%d:%08x" % (ext.size(store), zlib.crc32(data)))
        return [("globals", jlist(globals_)), ("tables", jlist(tables)), ("memories", jlist(memories))]


# ---------------------------------------------------------------- our engine

def find_wasm_fuzz(explicit=None):
    if explicit:
        return explicit
    env = os.environ.get("WASM_FUZZ")
    if env:
        return env
    for config in ("release", "debug"):
        p = ROOT / ".build" / config / "wasm-fuzz"
        if p.exists():
            return str(p)
    return None


def run_ours(wasm_fuzz, paths, arg_sets=ARG_SETS, fuel=FUEL, timeout=600, fresh=False):
    """Runs our engine on many modules in one process. Returns ({path: lines}, problems)
    where problems maps a path to "crash: ..." or "hang" (the remaining modules are rerun)."""
    results, problems = {}, {}
    pending = list(paths)
    while pending:
        with tempfile.NamedTemporaryFile("w", suffix=".list", delete=False) as f:
            f.write("\n".join(pending) + "\n")
            listfile = f.name
        cmd = [wasm_fuzz, "diff-run", "--args", str(arg_sets), "--fuel", str(fuel), "--max-pages", str(MAX_PAGES),
               "--max-table", str(MAX_TABLE), "--list", listfile] + (["--fresh"] if fresh else [])
        try:
            p = subprocess.run(cmd, capture_output=True, timeout=timeout)
            out, rc, hung = p.stdout, p.returncode, False
        except subprocess.TimeoutExpired as e:
            out, rc, hung = e.stdout or b"", None, True
        finally:
            os.unlink(listfile)
        current = None
        seen = []
        for line in out.decode("utf-8", "replace").splitlines():
            if line.startswith('{"module":'):
                current = json.loads(line)["module"]
                results[current] = []
                seen.append(current)
            elif current is not None:
                results[current].append(line)
        if rc == 0 and not hung:
            break
        # The last module started is the culprit; rerun the ones after it.
        culprit = seen[-1] if seen else pending[0]
        problems[culprit] = "hang" if hung else "crash: exit status %s %s" % (rc, p.stderr.decode("utf-8", "replace")[-400:] if not hung else "")
        results.pop(culprit, None)
        idx = pending.index(culprit)
        pending = pending[idx + 1:]
    return results, problems


# ---------------------------------------------------------------- comparison

def compare(ref_lines, our_lines):
    """Returns (status, executions, detail): status is "match", "skipped" (engine-specific
    trap reached; compared up to there) or a divergence category."""
    executions = 0
    for i in range(max(len(ref_lines), len(our_lines))):
        if i >= len(ref_lines) or i >= len(our_lines):
            return "count", executions, "line %d: ref %d lines, ours %d lines" % (i, len(ref_lines), len(our_lines))
        a, b = json.loads(ref_lines[i]), json.loads(our_lines[i])
        if a.get("trap") in ENGINE_SPECIFIC or b.get("trap") in ENGINE_SPECIFIC:
            return "skipped", executions, "wasmtime %s / ours %s" % (a.get("trap") or a.get("outcome"), b.get("trap") or b.get("outcome"))
        if a == b:
            if "call" in a:
                executions += 1
            continue
        if "compile" in a or "compile" in b:
            cat = "compile"
        elif "instantiate" in a or "instantiate" in b:
            cat = "instantiate"
        elif a.get("call") != b.get("call") or a.get("k") != b.get("k"):
            cat = "count"
        elif a.get("outcome") != b.get("outcome") or a.get("trap") != b.get("trap"):
            cat = "outcome"
        else:
            cat = next((k for k in ("results", "globals", "tables", "memories") if a.get(k) != b.get(k)), "final")
        return cat, executions, "line %d:\n  wasmtime: %s\n  ours:     %s" % (i, ref_lines[i], our_lines[i])
    return "match", executions, ""


# ---------------------------------------------------------------- generation

BASE_FLAGS = [
    "--ensure-termination", "--canonicalize-nans", "true", "--export-everything", "true",
    "--simd-enabled", "false", "--relaxed-simd-enabled", "false", "--threads-enabled", "false",
    "--tail-call-enabled", "false", "--exceptions-enabled", "false", "--gc-enabled", "false",
    "--memory64-enabled", "false", "--custom-page-sizes-enabled", "false", "--wide-arithmetic-enabled", "false",
    "--extended-const-enabled", "false", "--shared-everything-threads-enabled", "false",
    "--custom-descriptors-enabled", "false", "--compact-imports-enabled", "false",
    "--multi-value-enabled", "true", "--bulk-memory-enabled", "true", "--reference-types-enabled", "true",
    "--saturating-float-to-int-enabled", "true", "--sign-extension-ops-enabled", "true",
    "--max-memories", "1", "--max-imports", "0", "--max-memory32-bytes", str(4 << 20),
    "--max-table-elements", "1000",
]


def smith_flags(rng):
    flags = list(BASE_FLAGS)
    flags += ["--min-funcs", str(rng.choice([4, 8, 16])), "--max-funcs", "64",
              "--max-instructions", str(rng.choice([200, 1000, 3000]))]
    flags += ["--fuel", str(rng.choice([1000, 10000]))]
    if rng.random() < 0.15:
        flags += ["--min-uleb-size", str(rng.choice([2, 3, 5]))]
    if rng.random() < 0.2:
        flags += ["--max-tables", str(rng.choice([1, 4, 10]))]
    return flags


def smith(seed, index, out_path):
    rng = random.Random("%d:%d" % (seed, index))
    data = rng.randbytes(rng.choice([1024, 4096, 16384, 65536]))
    p = subprocess.run([wasm_tools(), "smith"] + smith_flags(rng) + ["-o", str(out_path)], input=data, capture_output=True)
    return p.returncode == 0


# ---------------------------------------------------------------- reduction and regressions

def reduce(module_path, category, wasm_fuzz, out_path, attempts=1000, fresh=False, arg_sets=ARG_SETS):
    pred = Path(tempfile.mkdtemp(prefix="shrink-")) / "predicate.sh"
    pred.write_text("#!/bin/sh\nexec %s %s predicate --category %s --args %d %s--wasm-fuzz %s \"$1\"\n" % (
        sys.executable, Path(__file__).resolve(), category, arg_sets, "--fresh " if fresh else "", wasm_fuzz))
    pred.chmod(0o755)
    p = subprocess.run([wasm_tools(), "shrink", "--attempts", str(attempts), str(pred), str(module_path), "-o", str(out_path)],
                       capture_output=True, timeout=3600)
    shutil.rmtree(pred.parent, ignore_errors=True)
    return p.returncode == 0 and Path(out_path).exists()


def store_regression(wasm_path, reference, note, name=None):
    REGRESSIONS.mkdir(parents=True, exist_ok=True)
    data = Path(wasm_path).read_bytes()
    name = name or "diff-" + hashlib.sha1(data).hexdigest()[:12]
    (REGRESSIONS / (name + ".wasm")).write_bytes(data)
    options = "--args %d%s" % (reference.arg_sets, " --fresh" if reference.fresh else "")
    (REGRESSIONS / (name + ".expected")).write_text("\n".join([obj([("options", jstr(options))])] + reference.run(data)) + "\n")
    (REGRESSIONS / (name + ".txt")).write_text(note.rstrip() + "\n")
    try:
        wat = subprocess.run([wasm_tools(), "print", str(wasm_path)], capture_output=True, text=True, timeout=60).stdout
        if wat:
            (REGRESSIONS / (name + ".wat")).write_text(wat)
    except Exception:
        pass
    return name


# ---------------------------------------------------------------- commands

def cmd_run(a):
    wasm_fuzz = find_wasm_fuzz(a.wasm_fuzz)
    if not wasm_fuzz:
        print("differential.py: wasm-fuzz not built (swift build -c release --product wasm-fuzz)", file=sys.stderr)
        return 2
    refs_by_mode = {False: Wasmtime(arg_sets=a.args), True: Wasmtime(arg_sets=a.args, fresh=True)}
    work = Path(tempfile.mkdtemp(prefix="wasm-diff-"))
    keep = Path(a.keep_corpus) if a.keep_corpus else None
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
    started = time.time()
    stats = dict(modules=0, invalid=0, executions=0, matched=0, skipped=0, divergences=0, crashes=0, hangs=0,
                 reduced=0, stored=0)
    findings = []
    index = a.start
    last_report = started

    def done():
        if a.executions and stats["executions"] >= a.executions:
            return True
        if a.modules and stats["modules"] >= a.modules:
            return True
        if a.seconds and time.time() - started >= a.seconds:
            return True
        return False

    batch_no = 0
    while not done():
        # Alternate batches: one instance for all calls, or a fresh instance per function.
        fresh = batch_no % 2 == 1 if a.mode == "both" else a.mode == "fresh"
        batch_no += 1
        ref = refs_by_mode[fresh]
        batch = []
        for _ in range(a.batch):
            path = work / ("m%d.wasm" % index)
            if smith(a.seed, index, path):
                batch.append(str(path))
            else:
                stats["invalid"] += 1
            index += 1
        # Our engine runs in its own process while wasmtime runs here.
        ours_proc = {}

        import threading

        def ours_thread():
            ours_proc["r"] = run_ours(wasm_fuzz, batch, arg_sets=a.args, fresh=fresh)

        th = threading.Thread(target=ours_thread)
        th.start()
        refs = {p: ref.run(Path(p).read_bytes()) for p in batch}
        th.join()
        ours, problems = ours_proc["r"]
        for p in batch:
            stats["modules"] += 1
            if p in problems:
                kind = "hangs" if problems[p] == "hang" else "crashes"
                stats[kind] += 1
                findings.append((p, kind, problems[p], fresh))
                continue
            status, execs, detail = compare(refs[p], ours.get(p, []))
            stats["executions"] += execs
            outcomes = stats.setdefault("outcomes", {})
            for line in refs[p][:execs + 1]:
                o = json.loads(line)
                if "call" in o:
                    key = o.get("trap", "ok")
                    outcomes[key] = outcomes.get(key, 0) + 1
            if status == "match":
                stats["matched"] += 1
            elif status == "skipped":
                stats["skipped"] += 1
                reasons = stats.setdefault("skip_reasons", {})
                reasons[detail] = reasons.get(detail, 0) + 1
            else:
                stats["divergences"] += 1
                findings.append((p, status, detail, fresh))
            if keep and len(list(keep.iterdir())) < a.keep_count and status in ("match", "skipped"):
                shutil.copy(p, keep / ("smith-%d-%s" % (a.seed, Path(p).name)))
        for p in batch:
            if not any(f[0] == p for f in findings):
                os.unlink(p)
        if time.time() - last_report > 30:
            last_report = time.time()
            print("differential: %(modules)d modules, %(executions)d executions, %(divergences)d divergences, "
                  "%(crashes)d crashes, %(hangs)d hangs" % stats, file=sys.stderr, flush=True)

    for path, category, detail, fresh in findings:
        print("DIVERGENCE %s [%s]%s\n%s" % (path, category, " (--fresh)" if fresh else "", detail))
        if category in ("crashes", "hangs") or a.no_reduce:
            continue
        reduced = str(path) + ".min.wasm"
        if reduce(path, category, wasm_fuzz, reduced, fresh=fresh, arg_sets=a.args):
            stats["reduced"] += 1
            target = reduced
        else:
            target = path
        if a.store_regressions:
            name = store_regression(target, refs_by_mode[fresh], "differential seed %d, %s: %s\n%s" % (
                a.seed, Path(path).name, category, detail))
            stats["stored"] += 1
            print("  stored as %s/%s.wasm" % (REGRESSIONS.relative_to(ROOT), name))
    elapsed = time.time() - started
    stats["seconds"] = round(elapsed, 1)
    stats["seed"] = a.seed
    print("differential: seed %(seed)d: modules tried %(modules)d (smith failures %(invalid)d), "
          "executions compared %(executions)d, modules matched %(matched)d, skipped (fuel/stack) %(skipped)d, "
          "divergences %(divergences)d, crashes %(crashes)d, hangs %(hangs)d, reduced %(reduced)d, "
          "stored %(stored)d, %(seconds).1f s" % stats)
    print("DIFF-FIGURES " + json.dumps(stats))
    if not findings:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print("differential: modules kept in %s" % work)
    return 1 if findings else 0


def cmd_compare(a):
    wasm_fuzz = find_wasm_fuzz(a.wasm_fuzz)
    ref = Wasmtime(arg_sets=a.args, fresh=a.fresh)
    ours, problems = run_ours(wasm_fuzz, [a.module], arg_sets=a.args, fresh=a.fresh)
    if a.module in problems:
        print("ours: " + problems[a.module])
        return 1
    status, execs, detail = compare(ref.run(Path(a.module).read_bytes()), ours.get(a.module, []))
    print("%s (%d executions compared)\n%s" % (status, execs, detail))
    return 0 if status in ("match", "skipped") else 1


def cmd_expected(a):
    ref = Wasmtime(arg_sets=a.args, fresh=a.fresh)
    print(obj([("options", jstr("--args %d%s" % (a.args, " --fresh" if a.fresh else "")))]))
    for line in ref.run(Path(a.module).read_bytes()):
        print(line)
    return 0


def cmd_store(a):
    """Stores a module as a regression (wasmtime's lines as the expected outcome)."""
    ref = Wasmtime(arg_sets=a.args, fresh=a.fresh)
    name = store_regression(a.module, ref, a.note or "stored by hand", name=a.name)
    print("stored %s/%s.{wasm,expected,wat,txt}" % (REGRESSIONS.relative_to(ROOT), name))
    return 0


def cmd_predicate(a):
    """Interesting (exit 0) when the module still shows a divergence of the same category."""
    wasm_fuzz = find_wasm_fuzz(a.wasm_fuzz)
    try:
        ref_lines = Wasmtime(arg_sets=a.args, fresh=a.fresh).run(Path(a.module).read_bytes())
    except Exception:
        return 1
    ours, problems = run_ours(wasm_fuzz, [a.module], arg_sets=a.args, timeout=60, fresh=a.fresh)
    if a.module in problems:
        return 0 if a.category in ("crashes", "hangs") else 1
    status, _, _ = compare(ref_lines, ours.get(a.module, []))
    return 0 if status == a.category else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run")
    r.add_argument("--seed", type=int, default=1)
    r.add_argument("--start", type=int, default=0, help="first module index")
    r.add_argument("--executions", type=int, default=0)
    r.add_argument("--modules", type=int, default=0)
    r.add_argument("--seconds", type=float, default=0)
    r.add_argument("--batch", type=int, default=40)
    r.add_argument("--args", type=int, default=ARG_SETS)
    r.add_argument("--keep-corpus", default=None, help="copy up to --keep-count modules here (crash-fuzz seeds)")
    r.add_argument("--keep-count", type=int, default=500)
    r.add_argument("--no-reduce", action="store_true")
    r.add_argument("--store-regressions", action="store_true", help="store reduced divergences in " + str(REGRESSIONS))
    r.add_argument("--wasm-fuzz", default=None)
    r.add_argument("--mode", choices=["both", "shared", "fresh"], default="both",
                   help="one instance for all calls, a fresh instance per function, or alternate batches")
    for name in ("compare", "expected", "predicate", "store"):
        s = sub.add_parser(name)
        s.add_argument("module")
        s.add_argument("--args", type=int, default=ARG_SETS)
        s.add_argument("--wasm-fuzz", default=None)
        s.add_argument("--fresh", action="store_true", help="a fresh instance per exported function")
        if name == "predicate":
            s.add_argument("--category", required=True)
        if name == "store":
            s.add_argument("--name", default=None)
            s.add_argument("--note", default=None)
    a = ap.parse_args()
    if a.command == "run" and not (a.executions or a.modules or a.seconds):
        a.modules = 100
    return {"run": cmd_run, "compare": cmd_compare, "expected": cmd_expected, "predicate": cmd_predicate,
            "store": cmd_store}[a.command](a)


if __name__ == "__main__":
    sys.exit(main())
