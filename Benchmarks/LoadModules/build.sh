#!/usr/bin/env bash
# Builds the two load-time benchmark modules of Benchmarks/LoadModules:
#
#   edge_policy.wasm   ~146 KB  Rust proxy-wasm plugin (edge_policy/edge_policy.rs), Debian rustc
#   large_module.wasm  ~2.5 MB  generated C (large_module/gen_large_module.py), clang -O1
#
#   Benchmarks/LoadModules/build.sh            # both, into Benchmarks/LoadModules/
#   Benchmarks/LoadModules/build.sh /tmp/out   # somewhere else (to compare bytes)
#
# Toolchains: /usr/bin/rustc (Debian rustc 1.63 + libstd-rust-dev-wasm32, installed with
# apt-get when missing; never the rustup rustc in ~/.cargo/bin, which has no wasm32 std),
# /opt/swift/usr/bin/clang and wasm-ld (override with CLANG= / WASM_LD=), python3.
# If wasm-validate (wabt) is on PATH, in $WABT_BIN or in .build/tools/venv/bin
# (scripts/setup-tools.sh), both modules are validated.
# The builds are deterministic: the same toolchains give the same bytes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$here}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

RUSTC=/usr/bin/rustc
TARGET=wasm32-unknown-unknown
CLANG="${CLANG:-/opt/swift/usr/bin/clang}"
WASM_LD="${WASM_LD:-/opt/swift/usr/bin/wasm-ld}"

die() { echo "LoadModules/build.sh: error: $*" >&2; exit 1; }

have_rust() {
  [ -x "$RUSTC" ] || return 1
  local sysroot
  sysroot="$("$RUSTC" --print sysroot)" || return 1
  ls "$sysroot/lib/rustlib/$TARGET/lib/"libstd-*.rlib >/dev/null 2>&1
}
if ! have_rust; then
  echo "LoadModules/build.sh: installing rustc and libstd-rust-dev-wasm32 with apt-get" >&2
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq --no-install-recommends rustc libstd-rust-dev-wasm32 >/dev/null
  have_rust || die "rustc for $TARGET still unavailable"
fi
[ -x "$CLANG" ] || die "clang not found at $CLANG (set CLANG=)"
[ -x "$WASM_LD" ] || die "wasm-ld not found at $WASM_LD (set WASM_LD=)"
command -v python3 >/dev/null || die "python3 not found"

VALIDATE=""
for candidate in "${WABT_BIN:-}/wasm-validate" "$(command -v wasm-validate 2>/dev/null || true)" "$root/.build/tools/venv/bin/wasm-validate"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then VALIDATE="$candidate"; break; fi
done
[ -n "$VALIDATE" ] || echo "LoadModules/build.sh: WARNING: wasm-validate not found; modules are not validated" >&2

work="$(mktemp -d "${TMPDIR:-/tmp}/loadmodules.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# (a) edge_policy.wasm: the fixtures/header_filter flags (opt-level s, fat LTO, panic=abort),
# debug info stripped, the `name` section kept.
cp "$here/edge_policy/edge_policy.rs" "$work/edge_policy.rs"
(
  cd "$work"
  SOURCE_DATE_EPOCH=0 "$RUSTC" \
    --edition 2018 \
    --crate-type cdylib \
    --crate-name edge_policy \
    --target "$TARGET" \
    -C opt-level=s \
    -C panic=abort \
    -C lto=fat \
    -C codegen-units=1 \
    -C debuginfo=0 \
    -C strip=debuginfo \
    --remap-path-prefix "$work=Benchmarks/LoadModules/edge_policy" \
    --out-dir "$work/rust" \
    edge_policy.rs
)

# (b) large_module.wasm: ~3,850 generated functions, MVP only, clang -O1.
python3 "$here/large_module/gen_large_module.py" > "$work/large_module.c"
(
  cd "$work"
  "$CLANG" --target=wasm32 -mcpu=mvp -O1 -nostdlib -ffreestanding -fno-builtin -Wall -Werror \
    -c large_module.c -o large_module.o
  "$WASM_LD" --no-entry -z stack-size=65536 large_module.o -o large_module.wasm
)

for m in "$work/rust/edge_policy.wasm" "$work/large_module.wasm"; do
  if [ -n "$VALIDATE" ]; then "$VALIDATE" "$m" || die "$(basename "$m") failed validation"; fi
  name="$(basename "$m")"
  cp "$m" "$out/$name.tmp.$$"
  chmod 644 "$out/$name.tmp.$$"
  mv "$out/$name.tmp.$$" "$out/$name"
  printf '%-18s %9d bytes\n' "$name" "$(wc -c <"$out/$name")"
done
