/*
 * hash_bytes: byte-oriented hashing over a 64 KiB buffer: FNV-1a (32 and 64
 * bit), table-driven CRC32 (IEEE, reflected 0xEDB88320) and an xxHash32-style
 * 4-lane mixer (32-bit loads, multiplies, rotates). Stresses i32.load8_u,
 * i64 multiply, table lookups and rotl.
 *
 * run(n) makes n passes; after each pass one byte chosen by the hashes is
 * changed, so passes cannot be folded together.
 */
#include "kernel.h"

#define BUFSZ 65536

static u8 buf[BUFSZ];
static u32 crc_table[256];

static void crc_init(void) {
    for (u32 i = 0; i < 256; i++) {
        u32 c = i;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}

NOINLINE static u32 crc32(const u8 *p, u32 len) {
    u32 c = 0xFFFFFFFFu;
    for (u32 i = 0; i < len; i++) c = crc_table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

NOINLINE static u32 fnv1a32(const u8 *p, u32 len) {
    u32 h = 0x811C9DC5u;
    for (u32 i = 0; i < len; i++) { h ^= p[i]; h *= 0x01000193u; }
    return h;
}

NOINLINE static u64 fnv1a64(const u8 *p, u32 len) {
    u64 h = 0xcbf29ce484222325ull;
    for (u32 i = 0; i < len; i++) { h ^= p[i]; h *= 0x100000001b3ull; }
    return h;
}

#define P1 2654435761u
#define P2 2246822519u
#define P3 3266489917u
#define P4 668265263u
#define P5 374761393u

static inline u32 rotl32(u32 x, int r) { return (x << r) | (x >> (32 - r)); }

/* xxHash32-shaped; len must be a multiple of 16 here. */
NOINLINE static u32 xxh32ish(const u8 *p, u32 len, u32 seed) {
    u32 v1 = seed + P1 + P2, v2 = seed + P2, v3 = seed, v4 = seed - P1;
    for (u32 i = 0; i < len; i += 16) {
        v1 = rotl32(v1 + load32(p + i) * P2, 13) * P1;
        v2 = rotl32(v2 + load32(p + i + 4) * P2, 13) * P1;
        v3 = rotl32(v3 + load32(p + i + 8) * P2, 13) * P1;
        v4 = rotl32(v4 + load32(p + i + 12) * P2, 13) * P1;
    }
    u32 h = rotl32(v1, 1) + rotl32(v2, 7) + rotl32(v3, 12) + rotl32(v4, 18) + len;
    h ^= h >> 15; h *= P2; h ^= h >> 13; h *= P3; h ^= h >> 16;
    return h + P4 * P5;
}

EXPORT i64 run(i32 n) {
    crc_init();
    u32 x = 0x12345678u; /* xorshift32 */
    for (u32 i = 0; i < BUFSZ; i++) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        buf[i] = (u8)(x >> 24);
    }
    u64 h = CHECKSUM_SEED;
    for (i32 pass = 0; pass < n; pass++) {
        u32 a = fnv1a32(buf, BUFSZ);
        u64 b = fnv1a64(buf, BUFSZ);
        u32 c = crc32(buf, BUFSZ);
        u32 d = xxh32ish(buf, BUFSZ, (u32)pass);
        h = mix64(h, a);
        h = mix64(h, b);
        h = mix64(h, c);
        h = mix64(h, d);
        buf[(a ^ c ^ d) & (BUFSZ - 1)] ^= (u8)(b | 1);
    }
    return (i64)h;
}

EXPORT i32 default_n(void) { return 40; }
