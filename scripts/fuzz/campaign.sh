#!/usr/bin/env bash
# The long fuzzing campaign of docs/fuzzing.md: differential testing against wasmtime, then
# crash fuzzing of the decoder/validator/instantiation/executor and host fuzzing, all with
# the release build, seeded and bounded. Prints the figures and exits 1 when anything was
# found (a divergence, crash, hang, memory-limit breach, anomaly or host invariant violation).
#
#   scripts/fuzz/campaign.sh                          # the bar: 100,000 differential executions,
#                                                     # 1,000,000 modules + 1,500 host episodes
#   scripts/fuzz/campaign.sh --seed 7 --executions 20000 --inputs 200000 --host-iterations 300
#
# Options: --seed S (1), --executions N (100000), --inputs N (1000000), --host-iterations N
# (1500, about a million host calls), --jobs J (parallel fuzz workers, 1), --no-diff;
# environment SCRATCH_PATH: the build folder (default .build).
# Divergences are reduced with wasm-tools shrink and stored in
# Tests/InterpreterTests/FuzzRegressions/; crash and hang inputs go to
# .build/fuzz/campaign-<seed>/findings/. Logs: .build/fuzz/campaign-<seed>/*.log.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

seed=1
executions=100000
inputs=1000000
host_iterations=1500
jobs=1
diff=1
while [ $# -gt 0 ]; do
    case "$1" in
        --seed) seed="$2"; shift 2 ;;
        --executions) executions="$2"; shift 2 ;;
        --inputs) inputs="$2"; shift 2 ;;
        --host-iterations) host_iterations="$2"; shift 2 ;;
        --jobs) jobs="$2"; shift 2 ;;
        --no-diff) diff=0; shift ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "campaign.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

out="$root/.build/fuzz/campaign-$seed"
mkdir -p "$out"
started=$(date +%s)

# SCRATCH_PATH: another build folder (default .build), e.g. to leave the normal one alone.
scratch="${SCRATCH_PATH:-$root/.build}"
echo "== building wasm-fuzz (release, $scratch)"
swift build -c release --product wasm-fuzz --scratch-path "$scratch" 2>&1 | tail -1
wasm_fuzz="$scratch/release/wasm-fuzz"

diff_status=0
if [ "$diff" = 1 ]; then
    echo "== differential testing against wasmtime: $executions executions, seed $seed"
    if ! "$root/scripts/setup-tools.sh" >/dev/null; then
        echo "campaign.sh: cannot install the tools (python3 -m venv, pip); no differential testing" >&2
        diff_status=2
    else
        "$root/.build/tools/venv/bin/python3" "$root/scripts/fuzz/differential.py" run --seed "$seed" \
            --executions "$executions" --wasm-fuzz "$wasm_fuzz" --keep-corpus "$root/.build/fuzz/smith-corpus" \
            --store-regressions 2>&1 | tee "$out/differential.log" || diff_status=$?
    fi
fi

echo "== crash and host fuzzing: $inputs modules, $host_iterations host episodes, seed $seed, $jobs job(s)"
fuzz_status=0
"$wasm_fuzz" campaign --seed "$seed" --inputs "$inputs" --host-iterations "$host_iterations" --jobs "$jobs" \
    --out "$out" 2>&1 | tee "$out/fuzz.log" || fuzz_status=$?

elapsed=$(( $(date +%s) - started ))
echo "== campaign seed $seed finished in ${elapsed} s"
python3 - "$out" "$diff" <<'EOF'
import json, sys, pathlib
out, diff = pathlib.Path(sys.argv[1]), sys.argv[2] == "1"
def figures(name, prefix):
    p = out / name
    if not p.exists():
        return None
    for line in p.read_text(errors="replace").splitlines():
        if line.startswith(prefix + " "):
            return json.loads(line[len(prefix) + 1:])
    return None
d = figures("differential.log", "DIFF-FIGURES") if diff else None
f = figures("fuzz.log", "FUZZ-FIGURES") or {}
if d:
    print("differential: %d modules tried, %d executions compared, %d divergences, %d crashes, %d hangs (%s s)"
          % (d["modules"], d["executions"], d["divergences"], d["crashes"], d["hangs"], d["seconds"]))
elif diff:
    print("differential: no figures (see differential.log)")
print("fuzzing: %d fuzzed inputs (%d modules, %d host calls), %d crashes, %d hangs, %d memory-limit breaches, "
      "%d anomalies, %d host invariant violations, %d bad statuses (%s s)"
      % (f.get("fuzzed_inputs", 0), f.get("crash_inputs", 0), f.get("host_calls", 0), f.get("crashes", 0), f.get("hangs", 0),
         f.get("memory", 0), f.get("anomalies", 0), f.get("violations", 0), f.get("bad_statuses", 0), f.get("seconds", "?")))
EOF
if [ "$diff_status" != 0 ] || [ "$fuzz_status" != 0 ]; then
    echo "campaign.sh: findings (or a tool failure): differential status $diff_status, fuzzing status $fuzz_status" >&2
    exit 1
fi
