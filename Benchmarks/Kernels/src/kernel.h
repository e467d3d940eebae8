/*
 * Shared definitions for the benchmark kernels.
 *
 * Every kernel is freestanding C: no libc headers, no libc. The same source is
 * compiled for wasm32 (see ../build.sh, linked with libmini.c) and for the host
 * (see native_main.c, linked with the host libc) so checksums can be compared.
 * Nothing in a checksum may depend on pointer size or addresses.
 */
#ifndef KERNEL_H
#define KERNEL_H

typedef unsigned char u8;
typedef unsigned short u16;
typedef int i32;
typedef unsigned int u32;
typedef long long i64;
typedef unsigned long long u64;
typedef __SIZE_TYPE__ usize;

#define EXPORT __attribute__((visibility("default")))
#define NOINLINE __attribute__((noinline))

/* Provided by libmini.c in the wasm build, by the host libc natively. */
void *memcpy(void *__restrict dst, const void *__restrict src, usize n);
void *memmove(void *dst, const void *src, usize n);
void *memset(void *dst, int c, usize n);
int memcmp(const void *a, const void *b, usize n);
usize strlen(const char *s);

/* Every module exports these two functions. */
EXPORT i64 run(i32 n);
EXPORT i32 default_n(void);

/* Order-dependent 64-bit checksum step (FNV-1a style over a whole word). */
static inline u64 mix64(u64 h, u64 v) {
    h ^= v;
    h *= 0x100000001b3ull;
    h ^= h >> 29;
    return h;
}

#define CHECKSUM_SEED 0xcbf29ce484222325ull

/* Unaligned little-endian loads/stores; __builtin_memcpy stays a builtin even
 * under -fno-builtin and becomes a plain load/store. */
static inline u32 load32(const u8 *p) { u32 v; __builtin_memcpy(&v, p, 4); return v; }
static inline void store32(u8 *p, u32 v) { __builtin_memcpy(p, &v, 4); }

#endif
