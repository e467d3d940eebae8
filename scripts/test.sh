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
swift test "$@"
