#!/usr/bin/env bash
# Builds every *.wat of a folder into a .wasm of the same name, with wabt's wat2wasm 1.0.42
# and --debug-names (function and module names in the `name` section, for backtraces).
# WebAssembly 2.0 features only (wabt's defaults; no --enable-* flag). Deterministic output.
# Shared by scripts/build-test-modules.sh and fixtures/test_plugins/build.sh.
#
#   scripts/wat-to-wasm.sh LABEL SOURCE_DIR OUT_DIR [--no-install]
#
# wat2wasm is taken from $WAT2WASM, else from PATH, else from .build/tools/venv/bin (created
# by scripts/setup-tools.sh when missing, unless --no-install is given).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
[ $# -ge 3 ] || { echo "usage: scripts/wat-to-wasm.sh LABEL SOURCE_DIR OUT_DIR [--no-install]" >&2; exit 2; }
label="$1" src="$2" out="$3"
install=1
[ "${4:-}" = "--no-install" ] && install=0
mkdir -p "$out"

tool="${WAT2WASM:-}"
if [ -z "$tool" ]; then
    if command -v wat2wasm >/dev/null 2>&1; then
        tool="$(command -v wat2wasm)"
    elif [ -x "$root/.build/tools/venv/bin/wat2wasm" ]; then
        tool="$root/.build/tools/venv/bin/wat2wasm"
    elif [ "$install" = 1 ]; then
        tool="$("$root/scripts/setup-tools.sh")/wat2wasm"
    else
        echo "$label: wat2wasm not found (set WAT2WASM or run scripts/setup-tools.sh)" >&2
        exit 2
    fi
fi

count=0
for wat in "$src"/*.wat; do
    name="$(basename "$wat" .wat)"
    "$tool" --debug-names "$wat" -o "$out/$name.wasm"
    count=$((count + 1))
done
echo "$label: built $count modules into $out" >&2
