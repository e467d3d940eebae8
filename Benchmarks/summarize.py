#!/usr/bin/env python3
"""Combines several `engine-bench --json` runs into the Markdown tables of Benchmarks/README.md.

    cd Benchmarks
    for i in 1 2 3; do swift run -c release engine-bench --json > /tmp/run$i.json; done
    python3 summarize.py /tmp/run1.json /tmp/run2.json /tmp/run3.json

Every figure is the median over the runs of that run's figure: times are each run's median
over its rounds; ratios are each run's side-by-side ratio (ours and WasmKit interleaved in
the same run), so a ratio is never formed from times of different runs. The machine line is
the first run's; the load averages of all runs are listed (the machine may be shared).
"""
import json
import math
import statistics
import sys


def median(values):
    values = [v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    return statistics.median(values) if values else None


def fmt(value, decimals=None):
    if value is None:
        return "-"
    if decimals is None:
        decimals = 1 if value >= 100 else 2 if value >= 10 else 3
    return f"{value:.{decimals}f}"


def main(paths):
    runs = [json.load(open(p)) for p in paths]
    first = runs[0]
    m = first["machine"]
    out = []
    out.append(f"Machine: {m['system']}; {m['cpu']}, {m['cores']} cores; {m['swift']}; {m['date']}.")
    out.append(f"{len(runs)} runs of `engine-bench` ({first['rounds']} rounds each); load averages at start: "
               + ", ".join(r["machine"]["loadAverage"] for r in runs) + ".")
    out.append("Each figure: the median over the runs (times: each run's median over its rounds; ratios: each run's side-by-side ratio).")
    out.append("")
    configs = ["ours", "oursNoFuel", "wasmKit", "wasmKitFuel"]
    if first["kernels"]:
        out.append("| kernel | ours ms | ours no-fuel ms | WasmKit ms | WasmKit+fuel ms | ratio | ratio vs WK+fuel | fuel cost |")
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for k, kernel in enumerate(first["kernels"]):
            per = [r["kernels"][k] for r in runs]
            assert all(p["kernel"] == kernel["kernel"] for p in per)
            times = [fmt(median([p["configurations"][c]["medianMs"] for p in per])) for c in configs]
            ratios = [fmt(median([p[key] for p in per]), 2) for key in ["ratio", "ratioVsWasmKitFuel", "fuelCost"]]
            ok = all(p["checksumOK"] for p in per)
            out.append(f"| {kernel['kernel']}{'' if ok else ' (CHECKSUM MISMATCH)'} | " + " | ".join(times + ratios) + " |")
        summary = [r["summary"] for r in runs]
        g = [fmt(median([s[key] for s in summary]), 2) for key in ["geomeanRatio", "geomeanRatioVsWasmKitFuel", "geomeanFuelCost"]]
        out.append(f"| **geometric mean** | | | | | **{g[0]}** | **{g[1]}** | **{g[2]}** |")
        out.append("")
        out.append(f"Worst kernel ratio: {fmt(median([s['worstRatio'] for s in summary]), 2)}; "
                   f"WasmKit's own fuel cost (geometric mean): {fmt(median([s['geomeanWasmKitFuelCost'] for s in summary]), 2)}.")
        out.append("")
    if first["load"]:
        out.append("| module | bytes | functions | ours lazy: Module() ms | ours lazy total ms | WasmKit lazy total ms | ratio lazy "
                   "| ours eager: Module() ms | ours eager: instantiate ms | ours eager total ms | WasmKit: parseWasm ms "
                   "| WasmKit: instantiate (eager) ms | WasmKit eager total ms | ratio eager |")
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for k, module in enumerate(first["load"]):
            per = [r["load"][k] for r in runs]
            lazy = [fmt(median([p[key]["medianMs"] for p in per])) for key in ["oursLazyModule", "oursLazyTotal", "wasmKitLazyTotal"]]
            lazy.append(fmt(median([p["lazyRatio"] for p in per]), 2))
            cells = lazy + [fmt(median([p[key]["medianMs"] for p in per])) for key in
                     ["oursModule", "oursInstantiate", "oursTotal", "wasmKitParse", "wasmKitInstantiate", "wasmKitTotal"]]
            ratio = fmt(median([p["ratio"] for p in per]), 2)
            agrees = [p["runAgrees"] for p in per]
            mark = " ✓" if all(a is True for a in agrees) else " ✗" if any(a is False for a in agrees) else ""
            functions = module["functions"] if module["functions"] is not None else "-"
            out.append(f"| {module['module']}{mark} | {module['bytes']} | {functions} | " + " | ".join(cells) + f" | {ratio} |")
        out.append("")
    host = first["hostCall"]["results"]
    if host:
        out.append(f"| host call round trip ({first['hostCall']['callsPerCallback']} calls per callback) | ours ns | WasmKit ns | ratio |")
        out.append("| --- | ---: | ---: | ---: |")
        for k, h in enumerate(host):
            per = [r["hostCall"]["results"][k] for r in runs]
            out.append(f"| {h['hostFunction']} | {fmt(median([p['oursNs'] for p in per]), 1)} | "
                       f"{fmt(median([p['wasmKitNs'] for p in per]), 1)} | {fmt(median([p['ratio'] for p in per]), 2)} |")
    problems = [p for r in runs for p in r["problems"]]
    if problems:
        out.append("")
        out.append("PROBLEMS: " + "; ".join(problems))
    print("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
