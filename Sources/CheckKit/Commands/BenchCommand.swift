import Foundation

/// `proxy-wasm-check bench [PLUGIN.wasm] [options]`: the plugin-overhead experiment for any
/// plugin. The same HTTP exchanges go through the MockHost with no filter, with a native
/// Swift filter doing the plugin's work (the header filter only), and with the Wasm plugin;
/// per-request latency, throughput, fuel and host calls per request, the overhead ratios,
/// and the cost of one host call round trip.
public enum BenchCommand: Subcommand {
    public static let name = "bench"
    public static let summary = "Time a plugin per request against no filter and a native filter; host-call cost"

    public static let usage = """
        USAGE: proxy-wasm-check bench [PLUGIN.wasm] [--requests N] [--rounds R] [--expect FILE]
                                      [--plugin-config FILE|JSON] [--vm-config FILE|TEXT] [--root-id ID]
                                      [--native auto|header-filter|none] [--host-calls K] [--fuel N] [--json]

        Drives N HTTP exchanges through this tool's MockHost in three configurations and times
        each request (stream creation, every phase, completion):
          (a) no filter          a plugin with no callbacks: the host's own per-request work (the
                                 stream, its header maps, phases, actions, teardown), no Wasm
          (b) native filter      (a) plus a Swift filter doing the header filter's work: add the
                                 configured header (default x-wasm-processed: Yes) and log
                                 "adding header <name>: <value>"; only when PLUGIN is the bundled
                                 header filter (recognised by its SHA-256), or with --native
          (c) Wasm plugin        the plugin in a PluginVM, with its limits (fuel metering on)
        Each round runs every configuration once, in a rotating order, each on a fresh VM: warm-up
        requests (N/10, at least 20), then N timed ones. Printed per configuration (median over the
        rounds): latency p50/p90/p99 in µs, requests per second (one thread, back to back), fuel,
        host calls and callbacks per request; then the overhead of (c) against (a) and (b) as
        ratios (the median of each round's side-by-side ratio), and the cost of one host call round
        trip (fixtures/test_plugins/host_call_loop.wasm: K calls to proxy_get_log_level in one
        callback, minus the same loop without them), through the MockHost and in the engine alone.
        With no PLUGIN it benchmarks the bundled header filter. Tracing is off while timing.
        Progress goes to standard error. Figures are reported, never judged: nothing fails on speed.

        The workload is the standard exchange (request headers, a body in 2 chunks, trailers;
        response headers, a body in 2 chunks, trailers). With --expect FILE the file's cases must all
        pass first (as 'check --only expect'), and the exchanges of the cases that run with the
        benchmark's configuration become the workload, in turn.

        OPTIONS
          --requests N               timed requests per configuration and round (default 10000)
          --rounds R                 rounds (default 5)
          --expect FILE              expectations file (docs/expect-schema.md): checked, then the workload
          --plugin-config FILE|JSON  plugin configuration (as for check)
          --vm-config FILE|TEXT      VM configuration (as for check)
          --root-id ID               the plugin's root id
          --native MODE              auto (default), header-filter (force the native header filter), none
          --host-calls K             host calls per timed callback of the host-call measurement
                                     (default 100000; 0 skips it)
          --fuel N                   fuel per callback (default 100000000, or "unlimited")
          --json                     print one JSON object instead of text
          -h, --help                 print this help

        JSON OUTPUT (one object)
          plugin {file, path, bytes, sha256}, requests, rounds, warmupRequests, workload,
          expectationsPassed, fuelMetering, fuelPerCallback,
          configurations [{id: no-filter|native|wasm, label, p50Us, p90Us, p99Us, meanUs,
                           requestsPerSecond, fuelPerRequest, hostCallsPerRequest, callbacksPerRequest,
                           rounds [{p50Us, p90Us, p99Us, meanUs, requestsPerSecond}]}],
          nativeSkipped (why (b) did not run, or null), nativeAgrees,
          overhead {vsNoFilter, vsNative: {p50, p99, timePerRequest} or null},
          hostCall {calls, mockHostNs, engineNs, dispatchNs} or null, hostCallSkipped,
          machine {system, cpu, cores, build, date}

        EXIT STATUS
          0  measured
          1  the plugin trapped during the benchmark, or does not meet --expect
          2  bad usage, a file that cannot be read, a plugin that cannot be loaded or started
        """

    static let parser = ArgumentParser(commandName: name, options: [
        .value("requests"), .value("rounds"), .value("expect"), .value("plugin-config"), .value("vm-config"),
        .value("root-id"), .value("native"), .value("host-calls"), .value("fuel"), .flag("json"),
    ])

    public static func main(arguments: [String], console: Console) -> Int32 {
        let request: BenchRequest
        do throws(CommandError) {
            guard let parsed = try parseRequest(arguments) else {
                console.writeOutput(usage + "\n")
                return ExitStatus.success
            }
            request = parsed
        } catch {
            console.printError(error.description)
            return ExitStatus.usageError
        }
        do {
            let report = try PluginBenchmark(request: request, progress: { console.printError($0) }).run()
            if request.json {
                console.print(report.json.serialized(pretty: true))
            } else {
                for line in report.textLines { console.print(line) }
            }
            return ExitStatus.success
        } catch let error as CommandError {
            console.printError(error.description)
            return ExitStatus.usageError
        } catch let failure as BenchFailure {
            console.printError("error: \(failure.message)")
            return ExitStatus.checkFailed
        } catch {
            console.printError("error: \(error)")
            return ExitStatus.usageError
        }
    }

    /// The request described by `arguments`, or nil when help was asked for.
    static func parseRequest(_ arguments: [String]) throws(CommandError) -> BenchRequest? {
        let parsed = try parser.parse(arguments)
        if parsed.helpRequested { return nil }
        guard parsed.positionals.count <= 1 else { throw parser.usageError("bench takes one plugin") }
        var request: BenchRequest
        if let path = parsed.positionals.first {
            request = BenchRequest(pluginPath: path)
        } else {
            _ = try BundledPlugin.headerFilterBytes()
            request = BenchRequest(pluginPath: CheckCommand.relativePath(BundledPlugin.headerFilterURL.path))
            request.bundled = true
        }
        _ = try ModuleFile.read(path: request.pluginPath)
        if let v = parsed.value("requests") {
            request.requests = Int(try RunCommand.number(v, option: "requests", range: 1...100_000_000, expected: "an integer from 1 to 100000000", parser: parser))
        }
        if let v = parsed.value("rounds") {
            request.rounds = Int(try RunCommand.number(v, option: "rounds", range: 1...1_000, expected: "an integer from 1 to 1000", parser: parser))
        }
        if let v = parsed.value("expect") {
            _ = try Expectations.load(path: v)
            request.expectationsPath = v
        }
        if let v = parsed.value("plugin-config") {
            request.options.pluginConfiguration = try CheckCommand.configuration(v, option: "plugin-config")
            request.pluginConfigurationGiven = true
        }
        if let v = parsed.value("vm-config") {
            request.options.vmConfiguration = try CheckCommand.configuration(v, option: "vm-config")
            request.vmConfigurationGiven = true
        }
        if let v = parsed.value("root-id") { request.options.rootID = v }
        if let v = parsed.value("native") {
            guard let choice = BenchRequest.NativeChoice(rawValue: v) else {
                throw parser.usageError("invalid value '\(v)' for --native: expected auto, header-filter or none")
            }
            request.native = choice
        }
        if let v = parsed.value("host-calls") {
            request.hostCalls = Int(try RunCommand.number(v, option: "host-calls", range: 0...10_000_000, expected: "an integer from 0 to 10000000", parser: parser))
        }
        if let v = parsed.value("fuel") {
            request.options.limits.fuel = v == "unlimited" ? nil
                : try RunCommand.number(v, option: "fuel", range: 1...UInt64.max, expected: "a positive integer or 'unlimited'", parser: parser)
        }
        request.json = parsed.isSet("json")
        return request
    }
}
