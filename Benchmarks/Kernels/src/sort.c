/*
 * sort: quicksort (median-of-3, insertion sort for small ranges, recursion on
 * the smaller side) and heapsort of the same LCG-generated i32s, then a
 * comparison of both results. Stresses signed compares, unpredictable
 * branches, recursion, and random-access loads/stores.
 *
 * run(n) sorts n elements (clamped to [1, 1<<20]) with each algorithm.
 */
#include "kernel.h"

#define MAXN (1 << 20)

static i32 qa[MAXN];
static i32 ha[MAXN];

static void insertion_sort(i32 *a, i32 lo, i32 hi) {
    for (i32 i = lo + 1; i <= hi; i++) {
        i32 v = a[i], j = i - 1;
        while (j >= lo && a[j] > v) { a[j + 1] = a[j]; j--; }
        a[j + 1] = v;
    }
}

static inline void swap(i32 *a, i32 i, i32 j) { i32 t = a[i]; a[i] = a[j]; a[j] = t; }

NOINLINE static void quicksort(i32 *a, i32 lo, i32 hi) {
    while (hi - lo > 16) {
        i32 mid = lo + ((hi - lo) >> 1);
        if (a[mid] < a[lo]) swap(a, mid, lo);
        if (a[hi] < a[lo]) swap(a, hi, lo);
        if (a[hi] < a[mid]) swap(a, hi, mid);
        i32 pivot = a[mid];
        i32 i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) { swap(a, i, j); i++; j--; }
        }
        if (j - lo < hi - i) { quicksort(a, lo, j); lo = i; }
        else { quicksort(a, i, hi); hi = j; }
    }
    insertion_sort(a, lo, hi);
}

static void sift_down(i32 *a, i32 root, i32 end) {
    i32 v = a[root];
    for (;;) {
        i32 child = 2 * root + 1;
        if (child > end) break;
        if (child < end && a[child] < a[child + 1]) child++;
        if (a[child] <= v) break;
        a[root] = a[child];
        root = child;
    }
    a[root] = v;
}

NOINLINE static void heapsort(i32 *a, i32 n) {
    for (i32 i = n / 2 - 1; i >= 0; i--) sift_down(a, i, n - 1);
    for (i32 end = n - 1; end > 0; end--) {
        swap(a, 0, end);
        sift_down(a, 0, end - 1);
    }
}

EXPORT i64 run(i32 n) {
    if (n < 1) n = 1;
    if (n > MAXN) n = MAXN;
    u32 x = 20240601u;
    for (i32 i = 0; i < n; i++) {
        x = x * 1664525u + 1013904223u;           /* Numerical Recipes LCG */
        i32 v = (i32)(x ^ (x >> 15));
        qa[i] = v;
        ha[i] = v;
    }
    quicksort(qa, 0, n - 1);
    heapsort(ha, n);

    u64 h = CHECKSUM_SEED;
    u32 bad = 0;
    u64 weighted = 0;
    for (i32 i = 0; i < n; i++) {
        if (qa[i] != ha[i]) bad++;
        if (i > 0 && qa[i - 1] > qa[i]) bad++;
        weighted += (u64)(u32)qa[i] * (u64)(i + 1);
    }
    h = mix64(h, bad);
    h = mix64(h, weighted);
    h = mix64(h, (u32)qa[0]);
    h = mix64(h, (u32)qa[n / 2]);
    h = mix64(h, (u32)qa[n - 1]);
    return (i64)h;
}

EXPORT i32 default_n(void) { return 100000; }
