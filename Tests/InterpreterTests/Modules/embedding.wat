;; Fixtures for the embedding API: every kind of import and export.
(module $embedding
  (type $v_i (func (result i32)))
  (import "env" "add" (func $add (param i32 i32) (result i32)))
  (import "env" "raw" (func $raw (param i64 f64) (result i64)))
  (import "env" "counter" (global $counter (mut i32)))
  (import "env" "scale" (global $scale f64))
  (import "env" "memory" (memory 1 4))
  (import "env" "table" (table 2 10 funcref))

  (global $g (export "g") (mut i64) (i64.const 42))
  (global (export "pi") f64 (f64.const 3.5))
  (global (export "ref") (mut funcref) (ref.null func))
  (export "memory" (memory 0))
  (export "table" (table 0))

  (func $seven (export "seven") (type $v_i)
    i32.const 7)
  (elem declare func $seven)

  ;; add(a, b) through the host.
  (func (export "call_add") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    call $add)
  ;; raw(x, y) through the host.
  (func (export "call_raw") (param i64 f64) (result i64)
    local.get 0
    local.get 1
    call $raw)
  ;; Increments the imported mutable global and returns it.
  (func (export "bump") (result i32)
    global.get $counter
    i32.const 1
    i32.add
    global.set $counter
    global.get $counter)
  (func (export "scale") (result f64)
    global.get $scale)
  (func (export "get_g") (result i64)
    global.get $g)
  (func (export "load") (param i32) (result i32)
    local.get 0
    i32.load)
  (func (export "store") (param i32 i32)
    local.get 0
    local.get 1
    i32.store)
  ;; Every value type in and out.
  (func (export "mixed") (param i32 i64 f32 f64) (result f64 f32 i64 i32)
    local.get 3
    local.get 2
    local.get 1
    local.get 0)
  (func (export "echo_externref") (param externref) (result externref)
    local.get 0)
  (func (export "echo_funcref") (param funcref) (result funcref)
    local.get 0)
  (func (export "ref_seven") (result funcref)
    ref.func $seven)
  ;; Calls table[i] as [] -> [i32].
  (func (export "call_table") (param i32) (result i32)
    local.get 0
    call_indirect (type $v_i))
  ;; Stores a reference into table[i].
  (func (export "set_table") (param i32 funcref)
    local.get 0
    local.get 1
    table.set 0)
  (func (export "table_size") (result i32)
    table.size 0)
  (func (export "memory_size") (result i32)
    memory.size)
  (func (export "memory_grow") (param i32) (result i32)
    local.get 0
    memory.grow)
)
