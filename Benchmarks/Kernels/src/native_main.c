/*
 * Host harness (not part of the wasm build): compile one kernel together with
 * this file using the host C compiler and libc, e.g.
 *   gcc -O2 -ffp-contract=off -fno-strict-aliasing src/sort.c src/native_main.c -o /tmp/sort
 *   /tmp/sort [n]
 * Prints the kernel's checksum (signed i64 and hex) for n (default: default_n()).
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

long long run(int n);
int default_n(void);

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : default_n();
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    long long r = run(n);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ms = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
    printf("n=%d checksum=%lld hex=0x%016llx native_ms=%.3f\n", n, r, (unsigned long long)r, ms);
    return 0;
}
