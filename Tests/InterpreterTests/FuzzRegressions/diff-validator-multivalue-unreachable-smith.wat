(module
  (type (;0;) (func (param i64)))
  (type (;1;) (func (result funcref i32 i32)))
  (type (;2;) (func (result f32 f64 i64)))
  (type (;3;) (func))
  (global (;0;) (mut i64) i64.const 0)
  (global (;1;) (mut f32) f32.const 0x0p+0 (;=0;))
  (global (;2;) (mut i32) i32.const 0)
  (global (;3;) (mut i64) i64.const 0)
  (global (;4;) (mut i32) i32.const 0)
  (global (;5;) (mut i64) i64.const 0)
  (func (;0;) (type 2) (result f32 f64 i64)
    (local externref i64 funcref f32 i64 f32 f32 f32 f32 f32 f32 f32 f32 f32 f32 f64 f64)
    ref.null func
    local.get 3
    i32.reinterpret_f32
    i64.const 0
    call 2
    i64.const -4
    global.get 0
    i64.le_u
    global.get 1
    f32.const nan (;=NaN;)
    local.get 7
    local.get 7
    f32.eq
    select
    local.get 1
    ref.null func
    call 0
    f32.convert_i64_u
    f32.neg
    f32.ceil
    local.tee 8
    f32.const nan (;=NaN;)
    local.get 8
    local.get 8
    f32.eq
    select
    i32.trunc_f32_s
    global.get 1
    i32.const -4194305
    f32.reinterpret_i32
    i32.trunc_f32_s
    global.get 1
    f32.floor
    local.tee 9
    f32.const nan (;=NaN;)
    local.get 9
    local.get 9
    f32.eq
    select
    block (type 3) ;; label = @1
      loop (type 3) ;; label = @2
        block (type 2) (result f32 f64 i64) ;; label = @3
          global.get 1
          f32.sqrt
          local.tee 11
          f32.const nan (;=NaN;)
          local.get 11
          local.get 11
          f32.eq
          select
          i32.const 0
          i64.extend_i32_s
          i32.wrap_i64
          ref.null func
          ref.null extern
          local.get 12
          nop
          f32.abs
          global.get 0
          i64.ctz
          i64.const 3376477593984877515
          call 0
          f64.const -0x1.21717a58dc1bep+332 (;=-9891953264257703000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
          call 1
          i32.xor
          i64.extend_i32_u
          f64.reinterpret_i64
          i64.reinterpret_f64
          i32.const 146396971
          br_table 1 (;@2;) 2 (;@1;) 2 (;@1;)
          i32.const 0
          i32.const 0
          block (result funcref) ;; label = @4
            call 0
            block (type 2) (result f32 f64 i64) ;; label = @5
              global.get 1
              local.tee 13
              f32.const nan (;=NaN;)
              local.get 13
              local.get 13
              f32.eq
              select
              i64.trunc_f32_s
              i32.const 0
              loop ;; label = @6
                loop (type 1) (result funcref i32 i32) ;; label = @7
                  br 6 (;@1;)
                  i64.const 0
                  global.set 0
                  i64.const 0
                  f64.reinterpret_i64
                  call 0
                  f64.convert_i64_s
                  f64.const -nan:0xfffffc0000000 (;=NaN;)
                  f64.le
                  f64.const 0x1.3576fab0a4296p+72 (;=5708617277836020000000;)
                  i32.trunc_f64_s
                  local.get 3
                  i64.trunc_sat_f32_s
                  f32.convert_i64_u
                  local.set 3
                  i32.popcnt
                  i32.add
                  f32.convert_i32_u
                  loop ;; label = @8
                    ref.null extern
                    i64.const 1
                    f64.reinterpret_i64
                    f64.abs
                    call 1
                    i32.clz
                    i32.gt_u
                    global.get 0
                    i64.clz
                    i64.ctz
                    loop (type 0) (param i64) ;; label = @9
                      global.set 0
                      block (result f32) ;; label = @10
                        local.get 15
                        br 9 (;@1;)
                        i64.trunc_sat_f64_u
                        i32.const 0
                        call 1
                        i32.extend16_s
                        i32.rotl
                        br 8 (;@2;)
                        i32.extend8_s
                        ref.null func
                        f64.const 0x1p+0 (;=1;)
                        i32.trunc_sat_f64_s
                        global.get 0
                        local.set 4
                        br_if 8 (;@2;)
                        drop
                        global.get 2
                        i32.xor
                        global.set 2
                        drop
                        global.get 2
                        i32.xor
                        global.set 2
                        global.get 3
                        i64.xor
                        global.set 3
                        f32.const 0x1.ffep-138 (;=0.000000000000000000000000000000000000000005738;)
                      end
                      i32.reinterpret_f32
                      global.get 4
                      i32.xor
                      global.set 4
                    end
                    global.get 2
                    i32.xor
                    global.set 2
                    drop
                    i64.reinterpret_f64
                    i64.const 1
                    i64.xor
                    global.set 5
                    drop
                  end
                  i32.reinterpret_f32
                  global.get 4
                  i32.xor
                  global.set 4
                  i64.reinterpret_f64
                  global.get 5
                  i64.xor
                  global.set 5
                  i32.reinterpret_f32
                  i32.const 1
                  i32.xor
                  global.set 4
                  i64.reinterpret_f64
                  global.get 5
                  i64.xor
                  global.set 5
                  ref.null func
                  i32.const 1
                  i32.const 1621822798
                end
                global.get 2
                i32.xor
                global.set 2
                global.get 2
                i32.xor
                global.set 2
                drop
              end
              global.get 2
              i32.xor
              global.set 2
              global.get 3
              i64.xor
              global.set 3
              f32.const -nan:0x7ff7ff (;=NaN;)
              f64.const 0x1.3f781b59b0298p-213 (;=0.00000000000000000000000000000000000000000000000000000000000000009479816003416398;)
              i64.const 35184372088832
            end
            global.get 3
            i64.xor
            global.set 3
            i64.reinterpret_f64
            global.get 5
            i64.xor
            global.set 5
            i32.reinterpret_f32
            global.get 4
            i32.xor
            global.set 4
            global.get 3
            i64.xor
            global.set 3
            i64.reinterpret_f64
            global.get 5
            i64.xor
            global.set 5
            i32.reinterpret_f32
            global.get 4
            i32.xor
            global.set 4
            ref.null func
          end
          drop
          global.get 2
          i32.xor
          global.set 2
          global.get 2
          i32.xor
          global.set 2
          global.get 3
          i64.xor
          global.set 3
          drop
          i64.reinterpret_f64
          i64.const 0
          i64.xor
          global.set 5
          global.get 3
          i64.xor
          global.set 3
          i64.reinterpret_f64
          global.get 5
          i64.xor
          global.set 5
          i32.reinterpret_f32
          global.get 4
          i32.xor
          global.set 4
          global.get 3
          i64.xor
          global.set 3
          global.get 3
          i64.xor
          global.set 3
          i32.reinterpret_f32
          global.get 4
          i32.xor
          global.set 4
          drop
          drop
          global.get 2
          i32.xor
          global.set 2
          f64.const 0x1.p-1058 (;=0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000032379;)
          i64.const 1099511627775
        end
        global.get 3
        i64.xor
        global.set 3
        i64.reinterpret_f64
        global.get 5
        i64.xor
        global.set 5
        i32.reinterpret_f32
        global.get 4
        i32.xor
        global.set 4
      end
    end
    i32.reinterpret_f32
    global.get 4
    i32.xor
    global.set 4
    global.get 2
    i32.xor
    global.set 2
    i32.reinterpret_f32
    global.get 4
    i32.xor
    global.set 4
    global.get 2
    i32.xor
    global.set 2
    i64.reinterpret_f64
    global.get 5
    i64.xor
    global.set 5
    i32.reinterpret_f32
    global.get 4
    i32.xor
    global.set 4
    drop
    global.get 3
    i64.xor
    global.set 3
    i32.reinterpret_f32
    global.get 4
    i32.xor
    global.set 4
    global.get 2
    i32.xor
    global.set 2
    global.get 2
    i32.xor
    global.set 2
    drop
    f32.const -nan:0x7fe000 (;=NaN;)
    f64.const -0x1.c0f880dd8df9bp+659 (;=-4195127771770960700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;)
    i64.const 562949953421311
  )
  (func (;1;) (type 1) (result funcref i32 i32)
    unreachable
  )
  (func (;2;) (type 0) (param i64))
)
