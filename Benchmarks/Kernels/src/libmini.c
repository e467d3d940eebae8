/*
 * The few libc routines the kernels (or clang's code generation) need in the
 * wasm build. Compiled with -fno-builtin so these loops are not turned back
 * into calls to themselves. Plain MVP code: byte loops with a word-at-a-time
 * fast path, no bulk-memory instructions.
 */
#include "kernel.h"

typedef u32 __attribute__((may_alias)) u32a;

void *memcpy(void *__restrict dst, const void *__restrict src, usize n) {
    u8 *d = (u8 *)dst;
    const u8 *s = (const u8 *)src;
    if ((((usize)d | (usize)s) & 3) == 0) {
        while (n >= 4) {
            *(u32a *)d = *(const u32a *)s;
            d += 4; s += 4; n -= 4;
        }
    }
    while (n--) *d++ = *s++;
    return dst;
}

void *memmove(void *dst, const void *src, usize n) {
    u8 *d = (u8 *)dst;
    const u8 *s = (const u8 *)src;
    if (d == s || n == 0) return dst;
    if (d < s || d >= s + n) return memcpy(dst, src, n);
    d += n; s += n;
    while (n--) *--d = *--s;
    return dst;
}

void *memset(void *dst, int c, usize n) {
    u8 *d = (u8 *)dst;
    u8 b = (u8)c;
    if (((usize)d & 3) == 0) {
        u32 w = b * 0x01010101u;
        while (n >= 4) { *(u32a *)d = w; d += 4; n -= 4; }
    }
    while (n--) *d++ = b;
    return dst;
}

int memcmp(const void *a, const void *b, usize n) {
    const u8 *x = (const u8 *)a, *y = (const u8 *)b;
    for (usize i = 0; i < n; i++)
        if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
}

usize strlen(const char *s) {
    const char *p = s;
    while (*p) p++;
    return (usize)(p - s);
}
