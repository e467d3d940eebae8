;; Fixtures for the engine's per-invocation and per-instance limits (EngineLimits).
(module $limits
  (import "host" "reenter" (func $reenter (param i32) (result i32)))
  (memory (export "memory") 1)
  (table $t (export "table") 1 funcref)
  (global $calls (export "calls") (mut i32) (i32.const 0))

  ;; Never returns: only fuel or the deadline stop it.
  (func (export "spin")
    loop $l
      br $l
    end)

  ;; Unbounded recursion.
  (func $recurse (export "recurse")
    call $recurse)

  ;; depth(n) makes n nested calls and returns n.
  (func $depth (export "depth") (param $n i32) (result i32)
    local.get $n
    i32.eqz
    if (result i32)
      i32.const 0
    else
      local.get $n
      i32.const 1
      i32.sub
      call $depth
      i32.const 1
      i32.add
    end)

  ;; memory.grow / memory.size.
  (func (export "grow") (param i32) (result i32)
    local.get 0
    memory.grow)
  (func (export "size") (result i32)
    memory.size)
  ;; Touches the last byte of memory (grown pages are usable).
  (func (export "poke_last")
    memory.size
    i32.const 65536
    i32.mul
    i32.const 1
    i32.sub
    i32.const 0x5A
    i32.store8)

  ;; table.grow / table.size.
  (func (export "table_grow") (param i32) (result i32)
    ref.null func
    local.get 0
    table.grow $t)
  (func (export "table_size") (result i32)
    table.size $t)

  ;; Calls the host function, which may call back into "reenter_guest" (re-entry).
  (func $reenter_guest (export "reenter_guest") (param $n i32) (result i32)
    global.get $calls
    i32.const 1
    i32.add
    global.set $calls
    local.get $n
    call $reenter)
)
