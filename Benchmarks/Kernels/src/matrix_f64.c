/*
 * matrix_f64: repeated 100x100 f64 matrix multiplication. Stresses f64
 * loads/stores/mul/add and strided address arithmetic.
 *
 * A is dense, B is row-stochastic (rows sum to 1), so C = A*B keeps A's row
 * sums and values stay bounded. Each repetition: C = A*B, A = (A + C) / 2,
 * plus a small perturbation. run(n) does n repetitions and returns a checksum
 * over the raw bits of the f64 results (IEEE results are exact and the
 * operation order is fixed, so every conforming engine must agree).
 */
#include "kernel.h"

#define N 100

static double A[N * N], B[N * N], C[N * N];

static u64 bits(double d) { u64 u; __builtin_memcpy(&u, &d, 8); return u; }

EXPORT i64 run(i32 reps) {
    for (i32 i = 0; i < N; i++) {
        double rowsum = 0.0;
        for (i32 j = 0; j < N; j++) {
            A[i * N + j] = (double)((i * 31 + j * 17) % 101) / (101.0 * N);
            double b = (double)(1 + (i * 7 + j * 13) % 29);
            B[i * N + j] = b;
            rowsum += b;
        }
        for (i32 j = 0; j < N; j++) B[i * N + j] /= rowsum;
    }

    u64 h = CHECKSUM_SEED;
    double trace_acc = 0.0;
    for (i32 r = 0; r < reps; r++) {
        for (i32 i = 0; i < N; i++) {
            for (i32 j = 0; j < N; j++) {
                double s = 0.0;
                for (i32 k = 0; k < N; k++) s += A[i * N + k] * B[k * N + j];
                C[i * N + j] = s;
            }
        }
        double tr = 0.0;
        for (i32 i = 0; i < N; i++) tr += C[i * N + i];
        trace_acc += tr;
        h = mix64(h, bits(tr));
        for (i32 i = 0; i < N * N; i++) A[i] = (A[i] + C[i]) * 0.5;
        A[(r * 37) % (N * N)] += 1.0 / 1024.0;
    }
    double total = 0.0;
    for (i32 i = 0; i < N * N; i++) total += C[i];
    h = mix64(h, bits(total));
    h = mix64(h, bits(trace_acc));
    return (i64)h;
}

EXPORT i32 default_n(void) { return 10; }
