/*
 * header_strings: the string work of an HTTP header filter (think proxy-wasm
 * on_request_headers). Each iteration:
 *   1. builds a list of 32 header name/value pairs (mixed-case names) in an
 *      arena, with an iteration-dependent x-request-id value;
 *   2. lower-cases every name in place;
 *   3. builds an open-addressing hash table (FNV-1a of the lower-cased name);
 *   4. looks up 16 keys in assorted case, both linearly (case-insensitive
 *      compare) and through the hash table, and checks they agree;
 *   5. drops hop-by-hop headers and the headers named in `Connection:`;
 *   6. rewrites `via`, appends `x-kernel-iteration: <decimal>`;
 *   7. serializes to the proxy-wasm header-map pairs format:
 *        u32 count, count x (u32 key_len, u32 value_len),
 *        then for each pair: key bytes, NUL, value bytes, NUL
 *      (all integers little-endian), then parses that buffer back.
 * Stresses byte loads/stores, short compare loops, small calls (memcpy,
 * memcmp), branches on characters. run(n) performs n iterations.
 */
#include "kernel.h"

typedef struct { const char *name; const char *value; } Template;

static const Template templ[] = {
    {"Host", "api.example.com"},
    {"User-Agent", "Mozilla/5.0 (X11; Linux x86_64) KernelBench/1.0"},
    {"Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"},
    {"Accept-Language", "en-US,en;q=0.5"},
    {"Accept-Encoding", "gzip, deflate, br"},
    {"Connection", "keep-alive, Upgrade, X-Debug-Token"},
    {"Keep-Alive", "timeout=5, max=1000"},
    {"Cache-Control", "no-cache"},
    {"Content-Type", "application/json; charset=utf-8"},
    {"Content-Length", "348"},
    {"Cookie", "session=8f14e45fceea167a5a36dedd4bea2543; theme=dark; lang=en"},
    {"Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.sig"},
    {"X-Forwarded-For", "203.0.113.195, 70.41.3.18, 150.172.238.178"},
    {"X-Forwarded-Proto", "https"},
    {"X-Request-Id", "(set per iteration)"},
    {"X-Real-IP", "203.0.113.195"},
    {"Referer", "https://www.example.com/products/list?page=2"},
    {"Origin", "https://www.example.com"},
    {"If-None-Match", "W/\"5e15153d-120f\""},
    {"If-Modified-Since", "Wed, 21 Oct 2015 07:28:00 GMT"},
    {"Upgrade-Insecure-Requests", "1"},
    {"Sec-Fetch-Site", "same-origin"},
    {"Sec-Fetch-Mode", "cors"},
    {"Sec-Fetch-Dest", "empty"},
    {"DNT", "1"},
    {"TE", "trailers"},
    {"Transfer-Encoding", "chunked"},
    {"Proxy-Authorization", "Basic YWxhZGRpbjpvcGVuc2VzYW1l"},
    {"Pragma", "no-cache"},
    {"X-Debug-Token", "a1b2c3"},
    {"Via", "1.1 edge-proxy"},
    {"Upgrade", "websocket"},
};
#define NTEMPL ((u32)(sizeof templ / sizeof templ[0]))

static const char *const queries[] = {
    "host", "CONTENT-TYPE", "x-request-id", "Cookie", "AUTHORIZATION",
    "x-forwarded-for", "Missing-Header", "accept-ENCODING", "via", "Dnt",
    "sec-fetch-mode", "X-NOT-THERE", "if-none-match", "Origin", "te",
    "user-agent",
};
#define NQUERIES ((u32)(sizeof queries / sizeof queries[0]))

static const char *const hop_by_hop[] = {
    "connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
    "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade",
};
#define NHOP ((u32)(sizeof hop_by_hop / sizeof hop_by_hop[0]))

#define MAXH 64
#define NSLOTS 128

typedef struct {
    u8 *name;
    u8 *value;
    u32 nlen;
    u32 vlen;
    u32 hash;
} Header;

static Header hs[MAXH];
static u32 nh;
static u8 arena[16384];
static u32 arena_used;
static u8 out[16384];
static u32 slots[NSLOTS]; /* header index + 1, 0 = empty */

static u8 *arena_put(const void *s, u32 len) {
    u8 *p = arena + arena_used;
    memcpy(p, s, len);
    arena_used += len;
    return p;
}

static inline u8 lower(u8 c) { return (c >= 'A' && c <= 'Z') ? (u8)(c + 32) : c; }

static void lowercase(u8 *s, u32 n) {
    for (u32 i = 0; i < n; i++) s[i] = lower(s[i]);
}

static int ieq(const u8 *a, u32 alen, const u8 *b, u32 blen) {
    if (alen != blen) return 0;
    for (u32 i = 0; i < alen; i++)
        if (lower(a[i]) != lower(b[i])) return 0;
    return 1;
}

static u32 fnv1a(const u8 *s, u32 n) {
    u32 h = 0x811C9DC5u;
    for (u32 i = 0; i < n; i++) { h ^= s[i]; h *= 0x01000193u; }
    return h;
}

static u32 fmt_dec(u8 *dst, u32 v) {
    u8 tmp[10];
    u32 n = 0;
    do { tmp[n++] = (u8)('0' + v % 10); v /= 10; } while (v);
    for (u32 i = 0; i < n; i++) dst[i] = tmp[n - 1 - i];
    return n;
}

static u32 fmt_hex(u8 *dst, u32 v) {
    static const char digits[] = "0123456789abcdef";
    for (u32 i = 0; i < 8; i++) dst[i] = (u8)digits[(v >> (28 - 4 * i)) & 15];
    return 8;
}

static void add_header(const u8 *name, u32 nlen, const u8 *value, u32 vlen) {
    Header *h = &hs[nh++];
    h->name = arena_put(name, nlen);
    h->nlen = nlen;
    h->value = arena_put(value, vlen);
    h->vlen = vlen;
    h->hash = 0;
}

static void build_table(void) {
    for (u32 i = 0; i < NSLOTS; i++) slots[i] = 0;
    for (u32 i = 0; i < nh; i++) {
        u32 hv = fnv1a(hs[i].name, hs[i].nlen);
        hs[i].hash = hv;
        u32 s = hv & (NSLOTS - 1);
        while (slots[s]) s = (s + 1) & (NSLOTS - 1);
        slots[s] = i + 1;
    }
}

static i32 find_linear(const u8 *key, u32 klen) {
    for (u32 i = 0; i < nh; i++)
        if (ieq(hs[i].name, hs[i].nlen, key, klen)) return (i32)i;
    return -1;
}

static i32 find_hashed(const u8 *key, u32 klen) {
    u8 tmp[64];
    if (klen > sizeof tmp) return -1;
    for (u32 i = 0; i < klen; i++) tmp[i] = lower(key[i]);
    u32 hv = fnv1a(tmp, klen);
    u32 s = hv & (NSLOTS - 1);
    while (slots[s]) {
        u32 idx = slots[s] - 1;
        if (hs[idx].hash == hv && hs[idx].nlen == klen && memcmp(hs[idx].name, tmp, klen) == 0)
            return (i32)idx;
        s = (s + 1) & (NSLOTS - 1);
    }
    return -1;
}

static int is_space(u8 c) { return c == ' ' || c == '\t'; }

/* Remove hop-by-hop headers and those listed in the Connection header. */
static u32 filter_headers(void) {
    const u8 *tok[16];
    u32 toklen[16];
    u32 ntok = 0;
    i32 ci = find_hashed((const u8 *)"connection", 10);
    if (ci >= 0) {
        const u8 *v = hs[ci].value;
        u32 n = hs[ci].vlen, i = 0;
        while (i < n && ntok < 16) {
            while (i < n && (is_space(v[i]) || v[i] == ',')) i++;
            u32 start = i;
            while (i < n && v[i] != ',') i++;
            u32 end = i;
            while (end > start && is_space(v[end - 1])) end--;
            if (end > start) { tok[ntok] = v + start; toklen[ntok] = end - start; ntok++; }
        }
    }
    u32 kept = 0, removed = 0;
    for (u32 i = 0; i < nh; i++) {
        int drop = 0;
        for (u32 k = 0; k < NHOP && !drop; k++)
            drop = ieq(hs[i].name, hs[i].nlen, (const u8 *)hop_by_hop[k], (u32)strlen(hop_by_hop[k]));
        for (u32 k = 0; k < ntok && !drop; k++)
            drop = ieq(hs[i].name, hs[i].nlen, tok[k], toklen[k]);
        if (drop) removed++;
        else hs[kept++] = hs[i];
    }
    nh = kept;
    return removed;
}

static u32 serialize(u8 *dst) {
    u32 p = 0;
    store32(dst + p, nh); p += 4;
    for (u32 i = 0; i < nh; i++) {
        store32(dst + p, hs[i].nlen); p += 4;
        store32(dst + p, hs[i].vlen); p += 4;
    }
    for (u32 i = 0; i < nh; i++) {
        memcpy(dst + p, hs[i].name, hs[i].nlen); p += hs[i].nlen; dst[p++] = 0;
        memcpy(dst + p, hs[i].value, hs[i].vlen); p += hs[i].vlen; dst[p++] = 0;
    }
    return p;
}

/* Parse a pairs buffer back; returns a checksum of its contents, or 0 on a
 * malformed buffer. */
static u64 parse_pairs(const u8 *buf, u32 size) {
    if (size < 4) return 0;
    u32 count = load32(buf);
    u32 data = 4 + count * 8;
    if (data > size) return 0;
    u64 h = CHECKSUM_SEED;
    for (u32 i = 0; i < count; i++) {
        u32 klen = load32(buf + 4 + i * 8);
        u32 vlen = load32(buf + 8 + i * 8);
        if (data + klen + vlen + 2 > size) return 0;
        const u8 *k = buf + data;
        const u8 *v = k + klen + 1;
        if (k[klen] != 0 || v[vlen] != 0) return 0;
        u32 kh = fnv1a(k, klen), vh = fnv1a(v, vlen);
        h = mix64(h, (u64)kh << 32 | vh);
        data += klen + vlen + 2;
    }
    return data == size ? h : 0;
}

EXPORT i64 run(i32 n) {
    u64 h = CHECKSUM_SEED;
    u32 mismatches = 0;
    for (i32 iter = 0; iter < n; iter++) {
        /* 1. build */
        arena_used = 0;
        nh = 0;
        for (u32 t = 0; t < NTEMPL; t++) {
            const u8 *name = (const u8 *)templ[t].name;
            u32 nlen = (u32)strlen(templ[t].name);
            if (nlen == 12 && memcmp(name, "X-Request-Id", 12) == 0) {
                u8 v[40];
                u32 vl = fmt_hex(v, (u32)iter * 0x9E3779B9u);
                v[vl++] = '-';
                vl += fmt_dec(v + vl, (u32)iter);
                add_header(name, nlen, v, vl);
            } else {
                add_header(name, nlen, (const u8 *)templ[t].value, (u32)strlen(templ[t].value));
            }
        }
        /* vary the case of one name per iteration */
        Header *m = &hs[(u32)iter % nh];
        u8 *c = &m->name[(u32)iter % m->nlen];
        if (lower(*c) >= 'a' && lower(*c) <= 'z') *c ^= 0x20;

        /* 2. lower-case names, 3. hash table */
        for (u32 i = 0; i < nh; i++) lowercase(hs[i].name, hs[i].nlen);
        build_table();

        /* 4. lookups */
        for (u32 q = 0; q < NQUERIES; q++) {
            const u8 *key = (const u8 *)queries[q];
            u32 klen = (u32)strlen(queries[q]);
            i32 li = find_linear(key, klen);
            i32 hi = find_hashed(key, klen);
            if (li != hi) mismatches++;
            if (li >= 0)
                h = mix64(h, (u64)hs[li].vlen << 8 | hs[li].value[hs[li].vlen - 1]);
            else
                h = mix64(h, 0xFFFF);
        }

        /* 5. filter, 6. rewrite */
        u32 removed = filter_headers();
        i32 via = find_linear((const u8 *)"via", 3);
        if (via >= 0) {
            static const char suffix[] = ", 1.1 kernel-bench";
            u32 sl = (u32)sizeof suffix - 1;
            u8 *nv = arena_put(hs[via].value, hs[via].vlen);
            arena_put(suffix, sl);
            hs[via].value = nv;
            hs[via].vlen += sl;
        }
        {
            u8 v[12];
            u32 vl = fmt_dec(v, (u32)iter);
            add_header((const u8 *)"x-kernel-iteration", 18, v, vl);
        }
        build_table();
        if (find_hashed((const u8 *)"X-Kernel-Iteration", 18) != (i32)nh - 1) mismatches++;

        /* 7. serialize and parse back */
        u32 size = serialize(out);
        u64 ph = parse_pairs(out, size);
        if (ph == 0) mismatches++;
        h = mix64(h, ph);
        h = mix64(h, (u64)size << 16 | (u64)removed << 8 | nh);
    }
    h = mix64(h, mismatches);
    return (i64)h;
}

EXPORT i32 default_n(void) { return 800; }
