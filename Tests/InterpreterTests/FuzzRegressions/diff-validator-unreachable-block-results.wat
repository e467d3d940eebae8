(module
  (type (;0;) (func (result i32)))
  (type (;1;) (func (result i32 i64)))
  (export "f" (func 0))
  (func (;0;) (type 0) (result i32)
    block (type 1) (result i32 i64) ;; label = @1
      unreachable
      i64.const 7
    end
    drop
  )
)
