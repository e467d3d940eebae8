;; One function per trap kind, and call chains for backtraces. Built with --debug-names:
;; functions with a $name get a name-section entry; the two without fall back to their
;; export name and to func[N].
(module $traps
  (type $v_i (func (result i32)))
  (type $v_v (func))
  (import "host" "fail" (func $host_fail))
  (import "host" "reenter" (func $host_reenter (param i32) (result i32)))
  (memory 1)
  (table $t 4 funcref)
  (elem (table $t) (i32.const 0) func $returns_i32 $returns_nothing)

  (func $returns_i32 (type $v_i)
    i32.const 1)
  (func $returns_nothing (type $v_v))

  (func $do_unreachable (export "unreachable")
    unreachable)
  (func $div_by_zero (export "div_by_zero") (result i32)
    i32.const 1
    i32.const 0
    i32.div_s)
  (func $rem_by_zero (export "rem_by_zero") (result i64)
    i64.const 1
    i64.const 0
    i64.rem_u)
  (func $div_overflow (export "div_overflow") (result i32)
    i32.const 0x80000000
    i32.const -1
    i32.div_s)
  (func $trunc_overflow (export "trunc_overflow") (result i32)
    f32.const 1e10
    i32.trunc_f32_s)
  (func $trunc_nan (export "trunc_nan") (result i64)
    f64.const nan
    i64.trunc_f64_u)
  (func $load (export "load") (param i32) (result i32)
    local.get 0
    i32.load offset=8)
  (func $store64 (export "store64") (param i32)
    local.get 0
    i64.const 0
    i64.store)
  (func $table_get (export "table_get") (param i32) (result funcref)
    local.get 0
    table.get $t)
  (func $call_slot (export "call_slot") (param i32) (result i32)
    local.get 0
    call_indirect (type $v_i))
  (func $recurse (export "recurse")
    call $recurse)

  ;; outer -> middle -> inner, which loads from its argument.
  (func $inner (param i32) (result i32)
    local.get 0
    i32.load)
  (func $middle (param i32) (result i32)
    local.get 0
    call $inner)
  (func $outer (export "outer") (param i32) (result i32)
    nop
    local.get 0
    call $middle)

  ;; No $name: the backtrace uses the export name, then func[N].
  (func (export "exported_only")
    call 19)
  (func
    unreachable)

  ;; Host functions.
  (func $call_host_fail (export "call_host_fail")
    call $host_fail)
  ;; entry -> host -> (re-entry) "reentered" -> deep: unreachable.
  (func $deep
    unreachable)
  (func $reentered (export "reentered") (param i32) (result i32)
    call $deep
    local.get 0)
  (func $entry (export "entry") (param i32) (result i32)
    local.get 0
    call $host_reenter)
)
