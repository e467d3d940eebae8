(module
  (type (;0;) (func (result i32 i64)))
  (export "f" (func 0))
  (func (;0;) (type 0) (result i32 i64)
    unreachable
    i64.const 0
  )
)
