;; Fuel cost model fixtures (see FuelCostModel). Each export's cost is written next to it:
;; every executed operator costs 1 except nop, drop, block, loop, end, else, return and
;; unreachable, which cost 0. Bulk memory operations add ceil(n/64), table operations
;; ceil(n/8), charged only after their bounds check passed.
(module $fuel
  (type $i_i (func (param i32) (result i32)))
  (import "host" "id" (func $host_id (param i32) (result i32)))
  (memory 1)
  (table $t 16 64 funcref)
  (elem $e funcref (ref.func $callee) (ref.func $callee) (ref.func $callee) (ref.func $callee)
                   (ref.func $callee) (ref.func $callee) (ref.func $callee) (ref.func $callee)
                   (ref.func $callee) (ref.func $callee) (ref.func $callee) (ref.func $callee)
                   (ref.func $callee) (ref.func $callee) (ref.func $callee) (ref.func $callee))
  (elem (table $t) (i32.const 0) func $callee)
  ;; 200 bytes of passive data
  (data $d "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"
           "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789")

  ;; Costs 0: only free operators.
  (func (export "free")
    nop
    block
      loop
        nop
      end
    end
    nop
    return)

  ;; Costs 4: i32.const, i32.const, i32.add, i32.const (nop/block/drop/end free).
  (func (export "straight") (result i32)
    i32.const 1
    i32.const 2
    i32.add
    nop
    block
      i32.const 3
      drop
    end
    nop)

  ;; Costs 3: local.get, local.get, i32.mul.
  (func (export "square") (param i32) (result i32)
    local.get 0
    local.get 0
    i32.mul)

  ;; Costs 3 + 7 * max(n, 1): prologue 2 (const, local.set), body 7 per iteration
  ;; (local.get, const, add, local.tee, local.get, lt_u, br_if), epilogue 1 (local.get).
  (func (export "loop") (param $n i32) (result i32)
    (local $i i32)
    i32.const 0
    local.set $i
    loop $l
      local.get $i
      i32.const 1
      i32.add
      local.tee $i
      local.get $n
      i32.lt_u
      br_if $l
    end
    local.get $i)

  ;; br_if taken (x != 0): 3 + 2 = 5, result 11. Not taken: 3 + 3 + 2 = 8, result 22.
  (func (export "br_if") (param $x i32) (result i32)
    block $b (result i32)
      i32.const 10
      local.get $x
      br_if $b
      drop
      i32.const 20
      i32.const 1
      i32.add
    end
    i32.const 1
    i32.add)

  ;; if/else: true 2 + 1 + 2 = 5 (result 101), false 2 + 3 + 2 = 7 (result 105).
  (func (export "if_else") (param $x i32) (result i32)
    local.get $x
    if (result i32)
      i32.const 1
    else
      i32.const 2
      i32.const 3
      i32.add
    end
    i32.const 100
    i32.add)

  ;; br_table: index 1 -> $b path: 2 + 3 = 5 (result 5); otherwise $a path: 2 + 1 = 3 (result 3).
  (func (export "br_table") (param $x i32) (result i32)
    block $a
      block $b
        local.get $x
        br_table $a $b $a
      end
      i32.const 2
      i32.const 3
      i32.add
      return
    end
    i32.const 3)

  ;; Costs 3.
  (func $callee (param i32) (result i32)
    local.get 0
    i32.const 1
    i32.add)

  ;; Costs 4 here + 3 in the callee = 7. Result 12.
  (func (export "call") (result i32)
    i32.const 5
    call $callee
    i32.const 2
    i32.mul)

  ;; Costs 3 here (const, const, call_indirect) + 3 in the callee = 6. Result 6.
  (func (export "call_indirect") (result i32)
    i32.const 5
    i32.const 0
    call_indirect (type $i_i))

  ;; Costs 2 (const, call); the host function itself is free. Result 7.
  (func (export "call_host") (result i32)
    i32.const 7
    call $host_id)

  ;; Costs 5 whether or not it traps (a trap charges the rest of its basic block).
  (func (export "div") (param $x i32) (result i32)
    i32.const 10
    local.get $x
    i32.div_u
    i32.const 1
    i32.add)

  ;; Bulk memory: 4 + ceil(n/64) when in bounds, 4 when out of bounds.
  (func (export "fill") (param $d i32) (param $n i32)
    local.get $d
    i32.const 0xAB
    local.get $n
    memory.fill)
  (func (export "copy") (param $d i32) (param $n i32)
    local.get $d
    i32.const 0
    local.get $n
    memory.copy)
  (func (export "init") (param $d i32) (param $n i32)
    local.get $d
    i32.const 0
    local.get $n
    memory.init $d)
  ;; Costs 1.
  (func (export "drop_data")
    data.drop $d)
  ;; Costs 2.
  (func (export "load8") (param i32) (result i32)
    local.get 0
    i32.load8_u)

  ;; Table operations: 4 + ceil(n/8) in bounds (table.grow: 3 + ceil(n/8)), else 4 (3).
  (func (export "table_fill") (param $d i32) (param $n i32)
    local.get $d
    ref.null func
    local.get $n
    table.fill $t)
  (func (export "table_copy") (param $d i32) (param $n i32)
    local.get $d
    i32.const 0
    local.get $n
    table.copy $t $t)
  (func (export "table_init") (param $d i32) (param $n i32)
    local.get $d
    i32.const 0
    local.get $n
    table.init $t $e)
  (func (export "table_grow") (param $n i32) (result i32)
    ref.null func
    local.get $n
    table.grow $t)
  ;; Costs 1.
  (func (export "table_size") (result i32)
    table.size $t)
;; Code after a block whose end is unreachable (the block returns, and nothing branches
  ;; to its end) never runs. Executed: i32.const 1 (return is free) = 1.
  (func (export "dead_tail") (result i32)
    block
      i32.const 1
      return
    end
    i32.const 2
    i32.const 3
    i32.add)

  ;; A counting loop left by br_if, whose loop never falls through: the i32.const 7
  ;; after the loop's end never runs. Executed: 9 per iteration (check 4, increment 5),
  ;; plus the final check (4) and local.get (1) = 9n + 5.
  (func (export "loop_dead_tail") (param $n i32) (result i32)
    (local $i i32)
    block $exit
      loop $l
        local.get $i
        local.get $n
        i32.ge_u
        br_if $exit
        local.get $i
        i32.const 1
        i32.add
        local.set $i
        br $l
      end
      i32.const 7
      drop
    end
    local.get $i)
)
