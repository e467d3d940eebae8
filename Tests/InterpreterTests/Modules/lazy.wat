;; Lazy translation (functions translated on their first call): direct, indirect and
;; recursive first calls, locals zeroed by the stub's entry, traps and stack exhaustion in
;; functions that have never run.
(module $lazy
  (type $i_i (func (param i32) (result i32)))
  (table 2 funcref)
  (elem (i32.const 0) $double $boom)

  (func $double (type $i_i)
    (i32.mul (local.get 0) (i32.const 2)))
  (func $boom (type $i_i)
    unreachable)

  (func (export "direct") (param i32) (result i32)
    (call $double (local.get 0)))
  (func (export "indirect") (param i32 i32) (result i32)
    (call_indirect (type $i_i) (local.get 0) (local.get 1)))

  (func $fact (export "fact") (param i64) (result i64)
    (if (result i64) (i64.le_u (local.get 0) (i64.const 1))
      (then (i64.const 1))
      (else (i64.mul (local.get 0) (call $fact (i64.sub (local.get 0) (i64.const 1)))))))

  ;; Every activation must find its eight locals zero; it then dirties them and recurses.
  ;; Returns the sum of what all activations found (0 when entry zeroes them).
  (func $locals (export "locals_zeroed") (param $n i32) (result i32)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32)
    (local $e i32) (local $f i32) (local $g i32) (local $h i32)
    (local $sum i32)
    (local.set $sum (i32.add (i32.add (i32.add (local.get $a) (local.get $b)) (i32.add (local.get $c) (local.get $d)))
                             (i32.add (i32.add (local.get $e) (local.get $f)) (i32.add (local.get $g) (local.get $h)))))
    (local.set $a (i32.const 1)) (local.set $b (i32.const 1)) (local.set $c (i32.const 1)) (local.set $d (i32.const 1))
    (local.set $e (i32.const 1)) (local.set $f (i32.const 1)) (local.set $g (i32.const 1)) (local.set $h (i32.const 1))
    (if (result i32) (i32.eqz (local.get $n))
      (then (local.get $sum))
      (else (i32.add (local.get $sum) (call $locals (i32.sub (local.get $n) (i32.const 1)))))))

  (func $deep (export "deep") (param i32) (result i32)
    (call $deep (i32.add (local.get 0) (i32.const 1))))

  (func (export "trap_chain") (result i32)
    (call $inner))
  (func $inner (result i32)
    (i32.div_u (i32.const 1) (i32.const 0))))
