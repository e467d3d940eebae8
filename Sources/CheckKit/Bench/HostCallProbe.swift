import Foundation
import Interpreter
import MockHost

/// The cost of one host call round trip (guest → host function → guest), measured with
/// fixtures/test_plugins/host_call_loop.wasm: its `proxy_on_request_body(ctx, K, eos)` calls
/// `proxy_get_log_level` K times in a loop; its `proxy_on_response_body(ctx, K, eos)` runs
/// the same loop with a store instead, the baseline. (time with calls − baseline) / K is one
/// round trip, without the loop and the callback entry.
public struct HostCallMeasurement: Sendable {
    /// Host calls per timed callback (K).
    public var calls: Int
    /// Through the MockHost, as a plugin sees it: engine crossing, `PluginVM.dispatch`, the
    /// `proxy_get_log_level` handler (one u32 written to guest memory).
    public var mockHostNanoseconds: Double
    /// The engine alone: the same module in a bare `Store`, importing a raw host function
    /// that only sets its result.
    public var engineNanoseconds: Double

    /// What the MockHost adds to the engine's crossing.
    public var dispatchNanoseconds: Double { mockHostNanoseconds - engineNanoseconds }
}

enum HostCallProbe {
    /// fixtures/test_plugins/host_call_loop.wasm in the checkout.
    static var moduleURL: URL { BundledPlugin.packageRoot.appendingPathComponent("fixtures/test_plugins/host_call_loop.wasm") }

    /// Measures with `calls` host calls per callback, `rounds` times each (interleaved), and
    /// takes medians. Nil when the module is not available (an installed binary without its
    /// checkout).
    static func measure(calls: Int, rounds: Int, limits: EngineLimits) throws(CommandError) -> HostCallMeasurement? {
        guard let data = FileManager.default.contents(atPath: moduleURL.path) else { return nil }
        let bytes = [UInt8](data)
        let module: Module
        do { module = try Module(bytes: bytes, limits: limits) } catch {
            throw CommandError("\(moduleURL.path): \(error.description)")
        }
        let count = UInt32(calls)

        // Through the MockHost.
        var configuration = PluginConfiguration()
        configuration.limits = limits
        let vm: PluginVM
        do {
            vm = try MockHost().loadPlugin(module, configuration: configuration)
            try vm.start()
        } catch {
            throw CommandError("host_call_loop.wasm did not start: \(error)")
        }
        vm.tracing = false
        let chunk = [UInt8](repeating: 0x61, count: calls)
        func mockHostRound() throws(CommandError) -> (withCalls: Double, baseline: Double) {
            let stream = vm.openHTTPStream()
            stream.sendRequestHeaders([":method": "POST", ":path": "/host-call-probe"], endOfStream: false)
            let hostCallsBefore = vm.hostCallCount
            let t0 = benchNanoseconds()
            stream.sendRequestBody(chunk, endOfStream: false)
            let t1 = benchNanoseconds()
            stream.sendResponseBody(chunk, endOfStream: false)
            let t2 = benchNanoseconds()
            stream.complete()
            if let failure = vm.failure {
                throw CommandError("host_call_loop.wasm trapped in \(failure.callback): \(failure.trap.message)")
            }
            guard vm.hostCallCount - hostCallsBefore == calls else {
                throw CommandError("host_call_loop.wasm made \(vm.hostCallCount - hostCallsBefore) host calls, expected \(calls)")
            }
            return (Double(t1 - t0), Double(t2 - t1))
        }

        // The engine alone.
        let store = Store(limits: limits)
        var imports = Imports()
        imports.define(module: "env", name: "proxy_get_log_level",
                       HostFunction(type: FunctionType(parameters: [.i32], results: [.i32]), raw: { _, slots in slots[0] = 0 }))
        let withCalls: Function, baseline: Function
        do {
            let instance = try store.instantiate(module, imports: imports)
            guard let w = instance.function("proxy_on_request_body"), let b = instance.function("proxy_on_response_body") else {
                throw CommandError("host_call_loop.wasm lacks proxy_on_request_body/proxy_on_response_body")
            }
            (withCalls, baseline) = (w, b)
        } catch let error as CommandError {
            throw error
        } catch {
            throw CommandError("host_call_loop.wasm: \(error)")
        }
        func engineRound() throws(CommandError) -> (withCalls: Double, baseline: Double) {
            do {
                let t0 = benchNanoseconds()
                _ = try withCalls.invoke([.i32(1), .i32(count), .i32(0)])
                let t1 = benchNanoseconds()
                _ = try baseline.invoke([.i32(1), .i32(count), .i32(0)])
                let t2 = benchNanoseconds()
                return (Double(t1 - t0), Double(t2 - t1))
            } catch {
                throw CommandError("host_call_loop.wasm trapped: \(error)")
            }
        }

        _ = try mockHostRound()
        _ = try engineRound()
        var mock: [(Double, Double)] = [], engine: [(Double, Double)] = []
        for round in 0..<rounds {
            if round % 2 == 0 {
                mock.append(try mockHostRound())
                engine.append(try engineRound())
            } else {
                engine.append(try engineRound())
                mock.append(try mockHostRound())
            }
        }
        func perCall(_ samples: [(Double, Double)]) -> Double {
            (Statistics.medianOrNaN(samples.map(\.0)) - Statistics.medianOrNaN(samples.map(\.1))) / Double(calls)
        }
        return HostCallMeasurement(calls: calls, mockHostNanoseconds: perCall(mock), engineNanoseconds: perCall(engine))
    }
}
