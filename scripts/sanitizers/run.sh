#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer, then a leak-checked fuzzing run
# (docs/fuzzing.md, "Sanitizers"). The build goes to .build-asan so the normal build is kept.
#
#   scripts/sanitizers/run.sh            # any extra arguments go to `swift test`
#
# ASAN_OPTIONS:
# - detect_stack_use_after_return=0: with it on, ASan moves locals to a heap "fake stack",
#   and the engine's native-stack guard for host re-entry (Interpreter NativeStack.hasRoom,
#   which measures the distance from a local's address to the thread's stack limit) cannot
#   measure anything: it then allows the re-entry, so the deep re-entry tests would overflow
#   the real stack instead of trapping with "call stack exhausted".
# - quarantine_size_mb=0 for ContainmentTests only: they bound the process's resident-memory
#   growth, which ASan's quarantine of freed blocks (256 MiB by default) exceeds.
# - detect_leaks=0 for the XCTest process only: swift-corelibs-xctest keeps its test cases in
#   reference cycles at exit, which LeakSanitizer reports as leaks of every test. Leaks of
#   the package's code are checked instead in the fuzz workers (which build and drop tens of
#   thousands of modules, stores, instances, hosts and plugin VMs), with the suppressions in
#   scripts/sanitizers/lsan-suppressions.txt (two one-time leaks inside Foundation).
#
# UndefinedBehaviorSanitizer: `swift build --sanitize=undefined` is refused by this toolchain
# ("unsupported option '-sanitize=undefined' for target 'x86_64-unknown-linux-gnu'"), so it is
# tried and skipped when unsupported. (Swift's own checks - overflow, bounds, unwrapping -
# are on in every build of the package.)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
scratch="$root/.build-asan"

echo "== swift test --sanitize=address"
swift build --build-tests --sanitize=address --scratch-path "$scratch"
ASAN_OPTIONS=detect_stack_use_after_return=0:detect_leaks=0 \
    swift test --sanitize=address --scratch-path "$scratch" --skip-build --skip ContainmentTests "$@"
# The containment proofs bound the growth of the process's resident memory; ASan's quarantine
# (256 MiB of freed blocks kept resident by default) breaks those bounds, so they run with it off.
ASAN_OPTIONS=detect_stack_use_after_return=0:detect_leaks=0:quarantine_size_mb=0 \
    swift test --sanitize=address --scratch-path "$scratch" --skip-build --filter ContainmentTests "$@"

echo "== leak check: crash and host fuzzing under AddressSanitizer + LeakSanitizer"
export ASAN_OPTIONS=detect_stack_use_after_return=0:detect_leaks=1
export LSAN_OPTIONS="suppressions=$root/scripts/sanitizers/lsan-suppressions.txt:print_suppressions=0"
"$scratch/debug/wasm-fuzz" crash --seed 1 --inputs 20000 --out "$scratch/fuzz-out" --quiet
"$scratch/debug/wasm-fuzz" host --seed 1 --iterations 100 --out "$scratch/fuzz-out" --quiet
unset ASAN_OPTIONS LSAN_OPTIONS

echo "== swift build --sanitize=undefined"
if swift build --sanitize=undefined --scratch-path "$root/.build-ubsan" --product wasm-fuzz >"$scratch/ubsan.log" 2>&1; then
    "$root/.build-ubsan/debug/wasm-fuzz" crash --seed 1 --inputs 20000 --out "$root/.build-ubsan/fuzz-out" --quiet
    swift test --sanitize=undefined --scratch-path "$root/.build-ubsan" "$@"
elif grep -q "unsupported option '-sanitize=undefined'" "$scratch/ubsan.log"; then
    echo "sanitizers/run.sh: UndefinedBehaviorSanitizer is not supported by this Swift toolchain on this platform: skipped"
else
    cat "$scratch/ubsan.log" >&2
    exit 1
fi
echo "== sanitizers: all green"
