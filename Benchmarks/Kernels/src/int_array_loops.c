/*
 * int_array_loops: tight loops over i32 arrays: a sieve of Eratosthenes,
 * prefix sums, a gather pass, a backwards running-max pass and a histogram.
 * Stresses i32 loads/stores, address arithmetic, branches and loop overhead.
 *
 * run(n) sieves [0, n) (n is clamped to [16, 1<<20]) and returns a checksum
 * over every pass.
 */
#include "kernel.h"

#define MAXN (1 << 20)

static i32 flags[MAXN];
static i32 pre[MAXN];
static u32 hist[64];

EXPORT i64 run(i32 n) {
    if (n < 16) n = 16;
    if (n > MAXN) n = MAXN;
    u64 h = CHECKSUM_SEED;

    /* 1. sieve of Eratosthenes */
    flags[0] = 0;
    flags[1] = 0;
    for (i32 i = 2; i < n; i++) flags[i] = 1;
    for (i32 i = 2; i * i < n; i++)
        if (flags[i])
            for (i32 j = i * i; j < n; j += i) flags[j] = 0;

    u32 count = 0;
    u64 sum = 0;
    for (i32 i = 0; i < n; i++)
        if (flags[i]) { count++; sum += (u32)i; }
    h = mix64(h, count);
    h = mix64(h, sum);

    /* 2. prefix sums of the primes (wrapping u32) */
    u32 acc = 0;
    for (i32 i = 0; i < n; i++) {
        acc += flags[i] ? (u32)i : 1u;
        pre[i] = (i32)acc;
    }
    h = mix64(h, (u32)pre[n - 1]);

    /* 3. gather pass: pre[i] ^= pre[i / 2] * 3, in place, front to back */
    for (i32 i = 1; i < n; i++) pre[i] ^= pre[i >> 1] * 3;
    h = mix64(h, (u32)pre[n - 1]);

    /* 4. backwards running max, counting how often it changes */
    i32 best = pre[n - 1];
    u32 changes = 0;
    for (i32 i = n - 1; i >= 0; i--) {
        if (pre[i] > best) { best = pre[i]; changes++; }
        flags[i] = best - pre[i];
    }
    h = mix64(h, (u32)best);
    h = mix64(h, changes);

    /* 5. histogram of low bits, then fold the array in strides */
    for (i32 i = 0; i < 64; i++) hist[i] = 0;
    for (i32 i = 0; i < n; i++) hist[(u32)flags[i] & 63]++;
    for (i32 i = 0; i < 64; i++) h = mix64(h, hist[i]);
    u32 fold = 0;
    for (i32 i = 0; i < n; i += 7) fold = fold * 31u + (u32)flags[i];
    h = mix64(h, fold);
    return (i64)h;
}

EXPORT i32 default_n(void) { return 1 << 20; }
