#!/usr/bin/env bash
# Builds the WAT test modules of the InterpreterTests target into WebAssembly binaries.
#
#   scripts/build-test-modules.sh            # -> Tests/InterpreterTests/Modules/*.wasm (committed)
#   scripts/build-test-modules.sh /tmp/out   # build somewhere else (the tests compare bytes)
#
# Every module uses WebAssembly 2.0 features only. They are built with wabt's wat2wasm
# (1.0.42, from scripts/setup-tools.sh) with `--debug-names`, so that function and module
# names land in the `name` section the backtrace tests read. The output is deterministic.
#
# wat2wasm is taken from $WAT2WASM, else from PATH, else from .build/tools/venv/bin (created
# by scripts/setup-tools.sh when missing, unless --no-install is given).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
src="$root/Tests/InterpreterTests/Modules"

install=1
out=""
for arg in "$@"; do
    case "$arg" in
        --no-install) install=0 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) out="$arg" ;;
    esac
done
out="${out:-$src}"
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
        echo "build-test-modules: wat2wasm not found (set WAT2WASM or run scripts/setup-tools.sh)" >&2
        exit 2
    fi
fi

count=0
for wat in "$src"/*.wat; do
    name="$(basename "$wat" .wat)"
    # Wasm 2.0 = MVP + the features wabt enables by default (multi-value, bulk memory,
    # reference types, sign extension, saturating conversions, mutable globals). No
    # --enable-* flag for anything newer.
    "$tool" --debug-names "$wat" -o "$out/$name.wasm"
    count=$((count + 1))
done
echo "build-test-modules: built $count modules into $out" >&2
