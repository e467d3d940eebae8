import Foundation

/// The cost of one host call round trip (Wasm → host function → Wasm) on each engine.
struct HostCallResult {
    var label: String
    var oursNs: Double
    var wasmKitNs: Double
    var ratio: Double { oursNs / wasmKitNs }
}

/// Runs fixtures/test_plugins/host_call_loop.wasm's two loops (K host calls; the same loop
/// with a store instead) on both engines with a trivial host function, `rounds` times,
/// interleaved; ns per call = (median with calls - median baseline) / K.
enum HostCallBench {
    static func run(_ options: Options) throws -> [HostCallResult] {
        let url = packageRoot.appendingPathComponent("fixtures/test_plugins/host_call_loop.wasm")
        let bytes = try readBytes(url)
        let k = options.hostCalls
        var results: [HostCallResult] = []
        for valueArrays in [false, true] {
            let loops: [(String, HostCallLoop)] = [
                ("ours", try OurEngine.hostCallLoop(bytes, valueArrays: valueArrays)),
                ("wasmkit", try WasmKitEngine.hostCallLoop(bytes, valueArrays: valueArrays)),
            ]
            var withCalls: [String: Sample] = [:], baseline: [String: Sample] = [:]
            for (_, loop) in loops {
                try loop.withHostCalls(min(k, 1000))
                try loop.baseline(min(k, 1000))
            }
            for round in 0..<options.rounds {
                for (name, loop) in rotated(loops, by: round) {
                    withCalls[name, default: Sample()].add(try milliseconds { try loop.withHostCalls(k) })
                    baseline[name, default: Sample()].add(try milliseconds { try loop.baseline(k) })
                }
            }
            func ns(_ name: String) -> Double { (withCalls[name]!.median - baseline[name]!.median) * 1e6 / Double(k) }
            let label = valueArrays ? "host function on Value arrays" : "raw host function (slots / buffers)"
            results.append(HostCallResult(label: label, oursNs: ns("ours"), wasmKitNs: ns("wasmkit")))
            progress("engine-bench: host call, \(label): ours \(format(ns("ours"), decimals: 1)) ns, WasmKit \(format(ns("wasmkit"), decimals: 1)) ns")
        }
        return results
    }
}
