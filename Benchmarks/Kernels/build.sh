#!/usr/bin/env bash
# Builds every kernel in src/ to wasm/<kernel>.wasm (one module per kernel).
#
#   Benchmarks/Kernels/build.sh
#
# Needs the Swift toolchain's clang and wasm-ld (override with CLANG=/WASM_LD=).
# If wasm-validate / wasm-objdump (wabt) are on PATH or in $WABT_BIN, every
# module is validated and the bulk_memory module is checked to really contain
# memory.copy and memory.fill; set REQUIRE_WABT=1 to make their absence fatal.
# Output is deterministic: rebuilding gives byte-identical .wasm files.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$here/src"
out="$here/wasm"
CLANG="${CLANG:-/opt/swift/usr/bin/clang}"
WASM_LD="${WASM_LD:-/opt/swift/usr/bin/wasm-ld}"

die() { echo "build.sh: error: $*" >&2; exit 1; }
[ -x "$CLANG" ] || die "clang not found at $CLANG (set CLANG=)"
[ -x "$WASM_LD" ] || die "wasm-ld not found at $WASM_LD (set WASM_LD=)"

find_tool() {
    if [ -n "${WABT_BIN:-}" ] && [ -x "$WABT_BIN/$1" ]; then echo "$WABT_BIN/$1"; return; fi
    command -v "$1" 2>/dev/null || true
}
VALIDATE="$(find_tool wasm-validate)"
OBJDUMP="$(find_tool wasm-objdump)"
if [ -z "$VALIDATE" ] || [ -z "$OBJDUMP" ]; then
    [ "${REQUIRE_WABT:-0}" = 1 ] && die "wasm-validate/wasm-objdump not found (set WABT_BIN=)"
    echo "build.sh: WARNING: wabt not found; modules will NOT be validated (set WABT_BIN=)" >&2
fi

kernels=(fib_recursive int_array_loops matrix_f64 hash_bytes sort bulk_memory header_strings)

# All kernels are plain WebAssembly MVP (-mcpu=mvp: no sign-ext, no
# non-trapping float-to-int, no multivalue, no reference types); only
# bulk_memory adds -mbulk-memory. -fno-builtin keeps clang from turning loops
# into memcpy/memset calls (explicit __builtin_mem* calls are still honoured).
cflags=(--target=wasm32 -mcpu=mvp -O2 -nostdlib -ffreestanding -fno-builtin
        -fno-strict-aliasing -ffp-contract=off -Wall -Wextra -Werror)
ldflags=(--no-entry --export=run --export=default_n -z stack-size=65536)

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

"$CLANG" "${cflags[@]}" -c "$src/libmini.c" -o "$tmp/libmini.o"

for k in "${kernels[@]}"; do
    [ -f "$src/$k.c" ] || die "missing source $src/$k.c"
    extra=()
    [ "$k" = bulk_memory ] && extra=(-mbulk-memory)
    "$CLANG" "${cflags[@]}" "${extra[@]}" -c "$src/$k.c" -o "$tmp/$k.o"
    "$WASM_LD" "${ldflags[@]}" "$tmp/$k.o" "$tmp/libmini.o" -o "$tmp/$k.wasm"
    if [ -n "$VALIDATE" ]; then
        # wabt enables many post-MVP features by default; turn them off so
        # validation proves the module is MVP (+ bulk memory where intended).
        feat=(--disable-exceptions --disable-mutable-globals
              --disable-saturating-float-to-int --disable-sign-extension
              --disable-simd --disable-multi-value --disable-tail-call
              --disable-reference-types --disable-memory64 --disable-multi-memory
              --disable-extended-const --disable-relaxed-simd)
        [ "$k" = bulk_memory ] || feat+=(--disable-bulk-memory)
        "$VALIDATE" "${feat[@]}" "$tmp/$k.wasm" || die "$k.wasm failed validation"
    fi
    if [ -n "$OBJDUMP" ] && [ "$k" = bulk_memory ]; then
        dis="$("$OBJDUMP" -d "$tmp/$k.wasm")"
        grep -q 'memory\.copy' <<<"$dis" || die "bulk_memory.wasm has no memory.copy"
        grep -q 'memory\.fill' <<<"$dis" || die "bulk_memory.wasm has no memory.fill"
    fi
    mv "$tmp/$k.wasm" "$out/$k.wasm"
    printf '%-16s %7d bytes\n' "$k.wasm" "$(wc -c <"$out/$k.wasm")"
done
