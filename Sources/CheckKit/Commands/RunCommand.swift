import Interpreter

/// `proxy-wasm-check run MODULE.wasm FUNC [ARG...]`: invokes one exported function and
/// prints its results or its trap.
public enum RunCommand: Subcommand {
    public static let name = "run"
    public static let summary = "Invoke one exported function of a module; print its results or its trap"

    public static let usage = """
        USAGE: proxy-wasm-check run MODULE.wasm FUNC [ARG...] [--fuel N] [--max-memory-pages N]
                                    [--repeat N] [--json]

        Decodes, validates and instantiates MODULE.wasm (the spectest host module's imports are
        available; other imports are an error), invokes the exported function FUNC with the ARGs
        and prints its results, one per line:
          i32:42   i64:-1   f32:1.5   f64:-0.0   f32:inf   f64:nan:0x1 (bits 0x7ff0000000000001)
        (integers as signed decimal; floats as the shortest decimal that reads back exactly;
        NaNs with their payload and exact bits), or the trap:
          trap: <message>
          0: 0x2e - <function>      (backtrace, innermost frame first: byte offset, name)

        ARGUMENTS
          MODULE.wasm   a WebAssembly binary module
          FUNC          the name of an exported function
          ARG           one per parameter, read according to the parameter's type:
                          i32, i64  decimal or 0x hex, signed or unsigned range (-1, 4294967295, 0xff)
                          f32, f64  1.5, -2e-3, 0x1.8p1, inf, -inf, nan, -nan, nan:0x200000
                        (bit-exact; a leading i32:/i64:/f32:/f64: is accepted so printed results can
                        be passed back; negative numbers need no "--")

        OPTIONS
          --fuel N              fuel per call (default 10000000000, "unlimited" for none); running
                                out is the trap "out of fuel"
          --max-memory-pages N  cap on linear memory in 64 KiB pages (default 16384, at most 65536)
          --repeat N            invoke N times on the same instance (stopping at a trap), then print
                                load time (decode+validate+translate+instantiate), median and
                                minimum time per call, and fuel used per call
          --json                print one JSON object (one line) instead of text
          -h, --help            print this help

        JSON OUTPUT (keys sorted; every key always present)
          {"calls":1,"fuelUsed":4,"loadMs":0.2,"medianMs":0.003,"minMs":0.003,
           "results":[{"bits":"0x0000002a","type":"i32","value":"42"}],"trap":null}
          results     [{type, value, bits}]: value is a string, as in text output; bits is the
                      exact bit pattern in hex (numeric types only); [] after a trap
          trap        null, or {kind, message, phase, backtrace:[{index, name, offset}],
                      memoryAccess}: kind is a stable identifier (unreachable, out_of_fuel, ...),
                      phase is instantiation or invocation, memoryAccess is null or
                      {address, length, memorySize}
          loadMs      decode+validate+translate+instantiate, in milliseconds
          medianMs    median time per call (null if no call was made); minMs likewise the minimum
          fuelUsed    fuel used by the last call; calls: number of calls made

        EXIT STATUS
          0  the function returned
          1  the function (or the module's start function) trapped
          2  bad usage or input: missing or unreadable file, invalid module, unknown export, wrong
             argument count, unparsable argument or option value, an import nothing provides;
             a single "error: ..." line is printed on standard error and nothing on standard output
        """

    static let parser = ArgumentParser(commandName: name, options: [
        .value("fuel"), .value("max-memory-pages"), .value("repeat"), .flag("json"),
    ])

    public static func main(arguments: [String], console: Console) -> Int32 {
        do throws(CommandError) {
            guard let request = try parseRequest(arguments) else {
                console.writeOutput(usage + "\n")
                return ExitStatus.success
            }
            let report = try RunSession.execute(request)
            if request.json {
                console.print(report.jsonText())
            } else {
                for line in report.textLines(timings: request.reportTimings) { console.print(line) }
            }
            return report.exitStatus
        } catch {
            console.printError(error.description)
            return ExitStatus.usageError
        }
    }

    /// The request described by `arguments`, or nil when help was asked for.
    public static func parseRequest(_ arguments: [String]) throws(CommandError) -> RunRequest? {
        let parsed = try parser.parse(arguments)
        if parsed.helpRequested { return nil }
        guard parsed.positionals.count >= 2 else {
            let missing = parsed.positionals.isEmpty ? "MODULE.wasm and FUNC" : "FUNC"
            throw parser.usageError("missing \(missing)")
        }
        var request = RunRequest(modulePath: parsed.positionals[0], functionName: parsed.positionals[1],
                                 arguments: Array(parsed.positionals.dropFirst(2)))
        if let text = parsed.value("fuel") {
            request.limits.fuel = text == "unlimited" ? nil
                : try number(text, option: "fuel", range: 0...UInt64.max, expected: "a non-negative integer or 'unlimited'")
        }
        if let text = parsed.value("max-memory-pages") {
            request.limits.maxMemoryPages = try number(text, option: "max-memory-pages", range: 0...65_536,
                                                       expected: "an integer from 0 to 65536")
        }
        if let text = parsed.value("repeat") {
            request.repeatCount = Int(try number(text, option: "repeat", range: 1...1_000_000_000,
                                                 expected: "an integer from 1 to 1000000000"))
            request.reportTimings = true
        }
        request.json = parsed.isSet("json")
        return request
    }

    /// A decimal option value in `range` (errors point at `parser`'s command, default `run`).
    static func number(_ text: String, option: String, range: ClosedRange<UInt64>, expected: String,
                       parser: ArgumentParser = RunCommand.parser) throws(CommandError) -> UInt64 {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }),
              let value = UInt64(text), range.contains(value) else {
            throw parser.usageError("invalid value '\(text)' for --\(option): expected \(expected)")
        }
        return value
    }
}
