#!/usr/bin/env bash
# Converts the official WebAssembly 2.0 core spec tests (.wast, outside this repository)
# to JSON + .wasm with wabt's wast2json, into .build/spectest/. The 58 simd_* files are left
# out (SIMD comes with a later issue). Never copies the .wast files into the project.
#
#   WASM_TESTSUITE  folder with the .wast files (default: ../shared/wasm-testsuite next to
#                   the checkout, else /work/shared/wasm-testsuite)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
suite="${WASM_TESTSUITE:-$root/../shared/wasm-testsuite}"
if [ -z "${WASM_TESTSUITE:-}" ] && [ ! -d "$suite" ] && [ -d /work/shared/wasm-testsuite ]; then
    suite=/work/shared/wasm-testsuite
fi
out="$root/.build/spectest"
if [ ! -d "$suite" ]; then
    echo "convert-spec-tests: no test suite at $suite (set WASM_TESTSUITE); skipping" >&2
    exit 0
fi
bin="$("$root/scripts/setup-tools.sh")"
mkdir -p "$out"
count=0
for wast in "$suite"/*.wast; do
    name="$(basename "$wast" .wast)"
    case "$name" in simd_*) continue ;; esac
    dir="$out/$name"
    if [ -f "$dir/$name.json" ] && [ "$dir/$name.json" -nt "$wast" ]; then
        count=$((count + 1)); continue
    fi
    rm -rf "$dir"; mkdir -p "$dir"
    "$bin/wast2json" "$wast" -o "$dir/$name.json"
    count=$((count + 1))
done
echo "convert-spec-tests: $count files converted into $out" >&2
