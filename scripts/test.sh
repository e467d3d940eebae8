#!/usr/bin/env bash
# The project's test command (README): sets up the external test tools (a local Python
# virtual environment with wabt 1.0.42, wasm-tools and wasmtime), converts the official
# spec tests, then runs the whole Swift test suite. Works on a fresh machine with Swift 6
# and python3; safe to run again (each step is skipped when already done).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if ! "$root/scripts/setup-tools.sh" >/dev/null; then
    echo "test.sh: could not install the test tools (python3 -m venv + pip); tests that need them will skip" >&2
fi
"$root/scripts/convert-spec-tests.sh" || echo "test.sh: spec-test conversion failed; the spec tests will skip" >&2

# --- Differential fuzzing smoke (docs/fuzzing.md) -------------------------------------------
# A short seeded differential run against wasmtime: 300 wasm-tools smith modules (about 4,400
# calls compared, well under a minute). Skipped when python3/wasmtime are unavailable or when
# SKIP_DIFFERENTIAL=1. A divergence fails this script (after the Swift tests have run).
diff_status=0
if [ "${SKIP_DIFFERENTIAL:-0}" != 1 ] && [ -x "$root/.build/tools/venv/bin/python3" ]; then
    if swift build --product wasm-fuzz >/dev/null 2>&1; then
        "$root/.build/tools/venv/bin/python3" "$root/scripts/fuzz/differential.py" run --seed 6006 --modules 300 \
            --wasm-fuzz "$root/.build/debug/wasm-fuzz" --no-reduce | tail -2 || diff_status=$?
        if [ "$diff_status" = 2 ]; then
            echo "test.sh: differential fuzzing skipped (tools unavailable)" >&2
            diff_status=0
        fi
    else
        echo "test.sh: wasm-fuzz does not build; differential fuzzing skipped (swift test will report the error)" >&2
    fi
else
    echo "test.sh: differential fuzzing skipped (no tools venv, or SKIP_DIFFERENTIAL=1)" >&2
fi
# ---------------------------------------------------------------------------------------------

test_status=0
swift test "$@" || test_status=$?
if [ "$test_status" = 0 ] && [ "$diff_status" != 0 ]; then
    echo "test.sh: the differential fuzzing smoke found a divergence (see above; reproduce with scripts/fuzz/differential.py run --seed 6006 --modules 300)" >&2
    exit 1
fi
exit "$test_status"
