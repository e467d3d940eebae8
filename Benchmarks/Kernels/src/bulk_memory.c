/*
 * bulk_memory: memory.copy / memory.fill heavy loop over a 1 MiB buffer.
 * Built with -mbulk-memory, so the __builtin_memmove/__builtin_memcpy/
 * __builtin_memset calls with run-time lengths below compile to single
 * memory.copy / memory.fill instructions (no libc, no byte loops).
 *
 * Each step picks an operation and a length from an LCG. Lengths are
 * log-uniform over 1 B .. 32 KiB (a random bit width 1..15, then a random
 * length below 2^width), so most operations are small and per-instruction
 * overhead matters as much as raw copy bandwidth. Operations:
 *   1/4 fill, 1/2 overlapping move (may overlap either way), 1/4 copy between
 *   the two halves (never overlapping). A few bytes of the destination are
 *   sampled into the checksum after every step, and a strided sample of the
 *   whole buffer at the end. run(n) performs n steps.
 */
#include "kernel.h"

#define BUF (1u << 20)
#define HALF (BUF / 2)
#define MAXLEN 32768u

static u8 mem[BUF];

EXPORT i64 run(i32 n) {
    /* Deterministic initial contents (plain stores, not a fill). */
    u32 seed = 0x9E3779B9u;
    for (u32 i = 0; i < BUF; i += 4) {
        seed = seed * 1664525u + 1013904223u;
        store32(mem + i, seed);
    }

    u64 h = CHECKSUM_SEED;
    u32 x = 0xC0FFEEu;
    for (i32 step = 0; step < n; step++) {
        x = x * 1664525u + 1013904223u;
        u32 op = x >> 30;
        x = x * 1664525u + 1013904223u;
        u32 width = 1u + (x >> 27) % 15u;
        u32 len = 1u + ((x >> 8) & ((1u << width) - 1u));
        x = x * 1664525u + 1013904223u;
        u32 dst = (x >> 4) % (BUF - len);
        x = x * 1664525u + 1013904223u;
        u32 src;
        switch (op) {
        case 0:
            __builtin_memset(mem + dst, (int)(x >> 24), len);
            break;
        case 1:
        case 2:
            /* source within +-MAXLEN of dst: overlapping in either direction */
            src = dst + (x >> 8) % MAXLEN;
            if (op == 2) src = dst >= MAXLEN ? dst - (x >> 8) % MAXLEN : dst;
            if (src > BUF - len) src = BUF - len;
            __builtin_memmove(mem + dst, mem + src, len);
            break;
        default:
            /* non-overlapping copy between the two halves */
            dst = (x >> 4) % (HALF - len);
            src = HALF + (x >> 12) % (HALF - len);
            if (x & 1) { u32 t = dst; dst = src; src = t; }
            __builtin_memcpy(mem + dst, mem + src, len);
            break;
        }
        h = mix64(h, (u64)mem[dst] | (u64)mem[dst + len / 2] << 8 |
                         (u64)mem[dst + len - 1] << 16 | (u64)op << 24);
    }
    u32 fold = 0;
    for (u32 i = 0; i < BUF; i += 61) fold = fold * 31u + mem[i];
    h = mix64(h, fold);
    return (i64)h;
}

EXPORT i32 default_n(void) { return 200000; }
