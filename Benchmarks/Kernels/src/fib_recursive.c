/*
 * fib_recursive: naive doubly-recursive Fibonacci. Stresses call/return
 * overhead, frame setup and a tiny amount of i32 arithmetic per call.
 *
 * run(n) returns fib(n) (mod 2^32, zero-extended to i64); fib(n) makes
 * 2*fib(n+1)-1 calls. disable_tail_calls stops clang's accumulator
 * tail-recursion elimination, so both recursive calls stay real `call`s.
 */
#include "kernel.h"

#if defined(__clang__)
#define KEEP_RECURSION __attribute__((disable_tail_calls))
#else
#define KEEP_RECURSION
#endif

NOINLINE KEEP_RECURSION static u32 fib(u32 n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

EXPORT i64 run(i32 n) {
    if (n < 0) n = 0;
    return (i64)fib((u32)n);
}

EXPORT i32 default_n(void) { return 32; }
