#!/usr/bin/env python3
"""Generates fixtures/test_plugins/host_fuzzer.wat, the host-fuzzing plugin of `wasm-fuzz host`.

    python3 scripts/fuzz/gen_host_fuzzer.py      # rewrites the .wat; then fixtures/test_plugins/build.sh

The plugin (proxy-wasm ABI 0.2.1) imports every proxy_* host function of every ABI version,
the WASI functions and the Emscripten shims, and exports every callback. Each callback
fetches a program from the host (foreign function "fuzz_program", arguments: callback id and
the callback's own arguments) and interprets it: a blob copied to SCRATCH (strings,
serialised pairs, iovecs the arguments point at) and a list of operations, each a function
import index (or an internal operation) with up to 12 raw 64-bit arguments. The status of
every call is reported back (foreign function "fuzz_report": pairs of u32 op, u32 status;
0xFFFFFFFF for functions without a result). The driver (Sources/wasm-fuzz/Host) chooses the
operations and arguments; the op numbering is the import order, which the driver reads
from the module's imports, so this generator is the only list of functions.

Program layout (little-endian): u32 callback result, u32 allocator mode, u32 blob length,
u32 op count, blob, then op count records of 100 bytes: u32 op, 12 x u64 arguments.
Allocator modes (malloc): 0 bump, 1 returns 0, 2 returns 0xFFFFFF00, 3 returns SCRATCH
(overlapping live data), 4 traps, 5 returns memory size - 4 (straddling the end), 6 returns
1, 7 logs (allowed) then bumps, 8 calls a restricted host function (the VM fails).
Internal ops (after the imports): grow memory by arg0 pages, unreachable, set allocator
mode arg0, burn arg0 & 0xFFFFF loop iterations, memory.fill(arg0, arg1, arg2) (may trap).
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "fixtures" / "test_plugins" / "host_fuzzer.wat"

I, L = "i32", "i64"
PROXY = [
    ("proxy_log", [I] * 3, True), ("proxy_get_log_level", [I], True),
    ("proxy_get_current_time_nanoseconds", [I], True), ("proxy_set_tick_period_milliseconds", [I], True),
    ("proxy_done", [], True), ("proxy_set_effective_context", [I], True),
    ("proxy_get_buffer_bytes", [I] * 5, True), ("proxy_set_buffer_bytes", [I] * 5, True),
    ("proxy_get_buffer_status", [I] * 3, True), ("proxy_get_header_map_size", [I] * 2, True),
    ("proxy_get_header_map_pairs", [I] * 3, True), ("proxy_set_header_map_pairs", [I] * 3, True),
    ("proxy_get_header_map_value", [I] * 5, True), ("proxy_add_header_map_value", [I] * 5, True),
    ("proxy_replace_header_map_value", [I] * 5, True), ("proxy_remove_header_map_value", [I] * 3, True),
    ("proxy_continue_stream", [I], True), ("proxy_close_stream", [I], True),
    ("proxy_get_status", [I] * 3, True), ("proxy_send_local_response", [I] * 8, True),
    ("proxy_http_call", [I] * 10, True), ("proxy_grpc_call", [I] * 12, True),
    ("proxy_grpc_stream", [I] * 9, True), ("proxy_grpc_send", [I] * 4, True),
    ("proxy_grpc_cancel", [I], True), ("proxy_grpc_close", [I], True),
    ("proxy_set_shared_data", [I] * 5, True), ("proxy_get_shared_data", [I] * 5, True),
    ("proxy_register_shared_queue", [I] * 3, True), ("proxy_resolve_shared_queue", [I] * 5, True),
    ("proxy_enqueue_shared_queue", [I] * 3, True), ("proxy_dequeue_shared_queue", [I] * 3, True),
    ("proxy_get_property", [I] * 4, True), ("proxy_set_property", [I] * 4, True),
    ("proxy_define_metric", [I] * 4, True), ("proxy_record_metric", [I, L], True),
    ("proxy_increment_metric", [I, L], True), ("proxy_get_metric", [I] * 2, True),
    ("proxy_call_foreign_function", [I] * 6, True), ("proxy_get_configuration", [I] * 2, True),
    ("proxy_continue_request", [], True), ("proxy_continue_response", [], True),
    ("proxy_clear_route_cache", [], True),
]
WASI = [
    ("args_get", [I, I], True), ("args_sizes_get", [I, I], True), ("environ_get", [I, I], True),
    ("environ_sizes_get", [I, I], True), ("clock_res_get", [I, I], True), ("clock_time_get", [I, L, I], True),
    ("fd_close", [I], True), ("fd_fdstat_get", [I, I], True), ("fd_prestat_get", [I, I], True),
    ("fd_prestat_dir_name", [I, I, I], True), ("fd_read", [I] * 4, True), ("fd_seek", [I, L, I, I], True),
    ("fd_write", [I] * 4, True), ("path_open", [I, I, I, I, I, L, L, I, I], True), ("poll_oneoff", [I] * 4, True),
    ("proc_exit", [I], False), ("sched_yield", [], True), ("random_get", [I, I], True),
    ("fd_advise", [I, L, L, I], True), ("fd_pread", [I, I, I, L, I], True), ("sock_send", [I] * 5, True),
    ("fd_fdstat_set_flags", [I, I], True),
]
WASI_UNSTABLE = [("fd_write", [I] * 4, True), ("fd_seek", [I, L, I, I], True), ("proc_exit", [I], False)]
EMSCRIPTEN = [("emscripten_notify_memory_growth", [I], False), ("pthread_equal", [I, I], True)]

IMPORTS = ([("env", n, p, r) for n, p, r in PROXY] + [("wasi_snapshot_preview1", n, p, r) for n, p, r in WASI]
           + [("wasi_unstable", n, p, r) for n, p, r in WASI_UNSTABLE] + [("env", n, p, r) for n, p, r in EMSCRIPTEN])

# Callbacks: (export name, callback id, params, has result)
CALLBACKS = [
    ("proxy_on_context_create", 2, False), ("proxy_on_vm_start", 2, True), ("proxy_on_configure", 2, True),
    ("proxy_on_tick", 1, False), ("proxy_on_new_connection", 1, True), ("proxy_on_downstream_data", 3, True),
    ("proxy_on_upstream_data", 3, True), ("proxy_on_downstream_connection_close", 2, False),
    ("proxy_on_upstream_connection_close", 2, False), ("proxy_on_request_headers", 3, True),
    ("proxy_on_request_body", 3, True), ("proxy_on_request_trailers", 2, True),
    ("proxy_on_response_headers", 3, True), ("proxy_on_response_body", 3, True),
    ("proxy_on_response_trailers", 2, True), ("proxy_on_done", 1, True), ("proxy_on_log", 1, False),
    ("proxy_on_delete", 1, False), ("proxy_on_http_call_response", 5, False),
    ("proxy_on_grpc_receive_initial_metadata", 3, False), ("proxy_on_grpc_receive", 3, False),
    ("proxy_on_grpc_receive_trailing_metadata", 3, False), ("proxy_on_grpc_close", 3, False),
    ("proxy_on_queue_ready", 2, False), ("proxy_on_foreign_function", 3, False),
]
INTERNAL = ["grow", "unreachable", "alloc_mode", "burn", "fill"]

SCRATCH = 0x10000
HEAP = 0x20000


def names():
    """i32.store instructions that rewrite the two foreign-function names."""
    out = []
    for addr, text in ((0x1100, "fuzz_program"), (0x1120, "fuzz_report")):
        b = text.encode()
        b = b + bytes((-len(b)) % 4)
        for i in range(0, len(b), 4):
            v = int.from_bytes(b[i:i + 4], "little")
            out.append("    (i32.store (i32.const %d) (i32.const %d))" % (addr + i, v - (1 << 32) if v >= (1 << 31) else v))
    return "\n".join(out)


def gen():
    w = []
    a = w.append
    a(";; GENERATED by scripts/fuzz/gen_host_fuzzer.py: do not edit by hand (see that file for the")
    a(";; program format). The host-fuzzing plugin of `wasm-fuzz host` (docs/fuzzing.md): every")
    a(";; callback runs a program of host calls with (often hostile) arguments chosen by the driver.")
    a("(module")
    a("  (type $thunk (func (param i32) (result i32)))")
    for k, (mod, name, params, res) in enumerate(IMPORTS):
        p = (" (param " + " ".join(params) + ")") if params else ""
        r = " (result i32)" if res else ""
        a('  (import "%s" "%s" (func $imp%d%s%s))' % (mod, name, k, p, r))
    a("  (memory (export \"memory\") 4 32)")
    a("  (global $heap (mut i32) (i32.const %d))" % HEAP)
    a("  (global $mode (mut i32) (i32.const 0))")
    a("  (global $depth (mut i32) (i32.const 0))")
    a('  (data (i32.const 0x1100) "fuzz_program")')
    a('  (data (i32.const 0x1120) "fuzz_report")')
    a('  (data (i32.const 0x1140) "malloc: mode 7")')
    n_ops = len(IMPORTS) + len(INTERNAL)
    a("  (table %d funcref)" % n_ops)
    a("  (elem (i32.const 0) func %s)" % " ".join("$op%d" % k for k in range(n_ops)))
    a('  (func (export "proxy_abi_version_0_2_1"))')
    # Thunks: load the arguments of record at $r (12 x u64) and call.
    for k, (mod, name, params, res) in enumerate(IMPORTS):
        loads = " ".join(
            "(%s.load offset=%d (local.get $r))" % ("i64" if t == L else "i32", 8 * j) for j, t in enumerate(params))
        call = "(call $imp%d %s)" % (k, loads)
        body = call if res else "%s (i32.const -1)" % call
        a("  (func $op%d (type $thunk) (param $r i32) (result i32) %s) ;; %s.%s" % (k, body, mod, name))
    base = len(IMPORTS)
    a("  (func $op%d (type $thunk) (param $r i32) (result i32) (memory.grow (i32.load (local.get $r)))) ;; grow" % base)
    a("  (func $op%d (type $thunk) (param $r i32) (result i32) (unreachable)) ;; unreachable" % (base + 1))
    a("  (func $op%d (type $thunk) (param $r i32) (result i32) (global.set $mode (i32.load (local.get $r))) (i32.const 0)) ;; alloc_mode" % (base + 2))
    a("""  (func $op%d (type $thunk) (param $r i32) (result i32) (local $n i32) ;; burn
    (local.set $n (i32.and (i32.load (local.get $r)) (i32.const 0xFFFFF)))
    (block $done (loop $l
      (br_if $done (i32.eqz (local.get $n)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $l)))
    (i32.const 0))""" % (base + 3))
    a("  (func $op%d (type $thunk) (param $r i32) (result i32) ;; fill\n"
      "    (memory.fill (i32.load (local.get $r)) (i32.load offset=8 (local.get $r)) (i32.load offset=16 (local.get $r))) (i32.const 0))" % (base + 4))
    a("""
  ;; malloc: the allocator mode decides (see the generator's docstring).
  (func $malloc (export "malloc") (param $n i32) (result i32) (local $p i64) (local $end i64)
    (if (i32.eq (global.get $mode) (i32.const 1)) (then (return (i32.const 0))))
    (if (i32.eq (global.get $mode) (i32.const 2)) (then (return (i32.const 0xFFFFFF00))))
    (if (i32.eq (global.get $mode) (i32.const 3)) (then (return (i32.const %(scratch)d))))
    (if (i32.eq (global.get $mode) (i32.const 4)) (then (unreachable)))
    (if (i32.eq (global.get $mode) (i32.const 5)) (then (return (i32.sub (i32.shl (memory.size) (i32.const 16)) (i32.const 4)))))
    (if (i32.eq (global.get $mode) (i32.const 6)) (then (return (i32.const 1))))
    (if (i32.eq (global.get $mode) (i32.const 7)) (then (drop (call $imp0 (i32.const 2) (i32.const 0x1140) (i32.const 14)))))
    (if (i32.eq (global.get $mode) (i32.const 8)) (then (drop (call $imp9 (i32.const 0) (i32.const 0x1200)))))
    ;; Bump allocation, 8-aligned, growing memory as needed (0 when it cannot).
    (local.set $p (i64.and (i64.add (i64.extend_i32_u (global.get $heap)) (i64.const 7)) (i64.const -8)))
    (local.set $end (i64.add (local.get $p) (i64.extend_i32_u (local.get $n))))
    (if (i64.gt_u (local.get $end) (i64.shl (i64.extend_i32_u (memory.size)) (i64.const 16)))
      (then
        (if (i64.gt_u (local.get $end) (i64.const 0xFFFFFFFF)) (then (return (i32.const 0))))
        (if (i32.eq (memory.grow (i32.wrap_i64 (i64.sub (i64.shr_u (i64.add (local.get $end) (i64.const 0xFFFF)) (i64.const 16))
                                                     (i64.extend_i32_u (memory.size)))))
                    (i32.const -1))
          (then (return (i32.const 0))))))
    (global.set $heap (i32.wrap_i64 (local.get $end)))
    (i32.wrap_i64 (local.get $p)))

  ;; Runs one program: fetch, copy the blob, run the ops, report the statuses.
  (func $run (param $cb i32) (param $a0 i32) (param $a1 i32) (param $a2 i32) (result i32)
    (local $p i32) (local $n i32) (local $ret i32) (local $blob i32) (local $count i32) (local $ops i32)
    (local $i i32) (local $rec i32) (local $op i32) (local $status i32) (local $results i32)
    (global.set $depth (i32.add (global.get $depth) (i32.const 1)))
    (if (i32.eq (global.get $depth) (i32.const 1)) (then (global.set $heap (i32.const %(heap)d))))
    ;; Host calls with hostile pointers may have overwritten the names: write them again.
%(names)s
    (global.set $mode (i32.const 0))
    (i32.store (i32.const 0x1000) (local.get $cb))
    (i32.store (i32.const 0x1004) (local.get $a0))
    (i32.store (i32.const 0x1008) (local.get $a1))
    (i32.store (i32.const 0x100C) (local.get $a2))
    (i32.store (i32.const 0x1010) (i32.const 0))
    (i32.store (i32.const 0x1014) (i32.const 0))
    (local.set $status (call $imp%(ffi)d (i32.const 0x1100) (i32.const 12) (i32.const 0x1000) (i32.const 16)
                                     (i32.const 0x1010) (i32.const 0x1014)))
    (local.set $p (i32.load (i32.const 0x1010)))
    (local.set $n (i32.load (i32.const 0x1014)))
    (if (i32.or (local.get $status) (i32.lt_u (local.get $n) (i32.const 16)))
      (then (global.set $depth (i32.sub (global.get $depth) (i32.const 1))) (return (i32.const 0))))
    (local.set $ret (i32.load (local.get $p)))
    (local.set $blob (i32.load offset=8 (local.get $p)))
    (if (i32.gt_u (local.get $blob) (i32.sub (local.get $n) (i32.const 16)))
      (then (local.set $blob (i32.sub (local.get $n) (i32.const 16)))))
    (if (i32.gt_u (local.get $blob) (i32.const 0x10000)) (then (local.set $blob (i32.const 0x10000))))
    (memory.copy (i32.const %(scratch)d) (i32.add (local.get $p) (i32.const 16)) (local.get $blob))
    (local.set $ops (i32.add (i32.add (local.get $p) (i32.const 16)) (local.get $blob)))
    (local.set $count (i32.load offset=12 (local.get $p)))
    (if (i32.gt_u (local.get $count) (i32.div_u (i32.sub (i32.sub (local.get $n) (i32.const 16)) (local.get $blob)) (i32.const 100)))
      (then (local.set $count (i32.div_u (i32.sub (i32.sub (local.get $n) (i32.const 16)) (local.get $blob)) (i32.const 100)))))
    (global.set $mode (i32.load offset=4 (local.get $p)))
    ;; The results area comes from the bump heap (mode 0 for this one allocation).
    (local.set $op (global.get $mode))
    (global.set $mode (i32.const 0))
    (local.set $results (call $malloc (i32.shl (local.get $count) (i32.const 3))))
    (global.set $mode (local.get $op))
    (block $end (loop $next
      (br_if $end (i32.ge_u (local.get $i) (local.get $count)))
      (local.set $rec (i32.add (local.get $ops) (i32.mul (local.get $i) (i32.const 100))))
      (local.set $op (i32.load (local.get $rec)))
      (if (i32.lt_u (local.get $op) (i32.const %(nops)d))
        (then (local.set $status (call_indirect (type $thunk) (i32.add (local.get $rec) (i32.const 4)) (local.get $op))))
        (else (local.set $status (i32.const -2))))
      (if (local.get $results)
        (then
          (i32.store (i32.add (local.get $results) (i32.shl (local.get $i) (i32.const 3))) (local.get $op))
          (i32.store offset=4 (i32.add (local.get $results) (i32.shl (local.get $i) (i32.const 3))) (local.get $status))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next)))
    (if (local.get $results)
      (then (drop (call $imp%(ffi)d (i32.const 0x1120) (i32.const 11) (local.get $results) (i32.shl (local.get $count) (i32.const 3))
                                    (i32.const 0) (i32.const 0)))))
    (global.set $depth (i32.sub (global.get $depth) (i32.const 1)))
    (local.get $ret))
""" % dict(scratch=SCRATCH, heap=HEAP, ffi=[i for i, x in enumerate(IMPORTS) if x[1] == "proxy_call_foreign_function"][0],
           nops=n_ops, names=names()))
    for cb_id, (name, nparams, res) in enumerate(CALLBACKS):
        params = " ".join("(param i32)" for _ in range(nparams))
        args = " ".join("(local.get %d)" % i if i < nparams else "(i32.const 0)" for i in range(3))
        call = "(call $run (i32.const %d) %s)" % (cb_id, args)
        if res:
            a('  (func (export "%s") %s (result i32) %s)' % (name, params, call))
        else:
            a('  (func (export "%s") %s (drop %s))' % (name, params, call))
    a(")")
    return "\n".join(w) + "\n"


if __name__ == "__main__":
    OUT.write_text(gen())
    print("wrote %s (%d imports, %d callbacks)" % (OUT.relative_to(ROOT), len(IMPORTS), len(CALLBACKS)))
