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
# wat2wasm is found as scripts/wat-to-wasm.sh says ($WAT2WASM, PATH, .build/tools/venv/bin,
# else installed by scripts/setup-tools.sh unless --no-install is given).
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

flag=""
[ "$install" = 0 ] && flag="--no-install"
exec "$root/scripts/wat-to-wasm.sh" "build-test-modules" "$src" "$out" $flag
