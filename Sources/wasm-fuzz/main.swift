import Foundation
import Interpreter

/// wasm-fuzz: differential testing, crash fuzzing and host fuzzing of the engine and the
/// proxy-wasm host. See docs/fuzzing.md.
let usage = """
usage: wasm-fuzz <command> [options]

  diff-run [--args K] [--fresh] [--fuel F] [--max-pages P] [--max-table T] [--list FILE] MODULE.wasm...
      Runs every export of each module with deterministic arguments under fuel and prints
      one canonical JSON line per step (used by scripts/fuzz/differential.py). With several
      modules (or --list), each module's lines follow a {"module":PATH} line. --fresh: a new
      instance for each exported function.

  crash [--seed S] [--seconds N] [--inputs N] [--start I] [--corpus DIR]... [--out DIR]
        [--hang-seconds T] [--quiet]
      Crash-fuzzes decoder, validator, instantiation and execution with mutated modules.
      Prints a JSON summary line. --only I --dump FILE writes input I instead. A crash,
      a hang (one input over T s, default 10) or more than 4 GiB resident leaves the input
      in DIR/{crash,hang,oom}.bin and its index in DIR/*.index.

  host [--seed S] [--iterations N] [--seconds N] [--start I] [--plugin FILE] [--out DIR]
       [--hang-seconds T] [--verbose] [--quiet]
      Fuzzes the proxy-wasm host: random host-call sequences with hostile arguments from
      fixtures/test_plugins/host_fuzzer.wasm, in random callbacks; checks statuses and the
      host's invariants. Prints a JSON summary line.

  campaign [--seed S] [--seconds N] [--inputs N] [--host-iterations N] [--jobs J]
           [--corpus DIR]... [--out DIR] [--hang-seconds T]
      Runs crash and host fuzzing in supervised worker processes (a crash or hang is
      recorded with its input, and the campaign goes on) and prints the figures.
      Exit status 1 when anything was found.

  replay FILE...
      Runs crash-fuzz inputs (e.g. a saved crash.bin) through the exerciser, verbosely.
"""

func fail(_ message: String) -> Never {
    FileHandle.standardError.write((message + "\n").data(using: .utf8)!)
    exit(2)
}

/// A tiny option parser: `--name value` pairs, repeated options collected, and positionals.
/// Each command names its flags and its options with a value; anything else is an error
/// (a misspelt option must not silently run the default), and `--help` prints the usage.
struct Options {
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    init(_ args: ArraySlice<String>, command: String, flags knownFlags: Set<String> = [], values knownValues: Set<String> = []) {
        var it = args.makeIterator()
        while let a = it.next() {
            if a == "--help" || a == "-h" {
                writeLine(usage)
                exit(0)
            }
            if a.hasPrefix("--") {
                let name = String(a.dropFirst(2))
                if knownFlags.contains(name) { flags.insert(name); continue }
                guard knownValues.contains(name) else {
                    let known = knownFlags.union(knownValues).sorted().map { "--" + $0 }.joined(separator: " ")
                    fail("wasm-fuzz \(command): unknown option \(a)" + (known.isEmpty ? " (it takes none)" : " (known: \(known))") + "\n\n\(usage)")
                }
                guard let v = it.next() else { fail("option \(a) needs a value\n\n\(usage)") }
                values[name, default: []].append(v)
            } else {
                positionals.append(a)
            }
        }
    }

    func string(_ name: String) -> String? { values[name]?.last }
    func int(_ name: String) -> Int? {
        guard let s = string(name) else { return nil }
        guard let v = Int(s.replacingOccurrences(of: "_", with: "")) else { fail("--\(name) expects an integer, got \(s)") }
        return v
    }
    func double(_ name: String) -> Double? {
        guard let s = string(name) else { return nil }
        guard let v = Double(s) else { fail("--\(name) expects a number, got \(s)") }
        return v
    }
    func seed() -> UInt64 {
        guard let s = string("seed") else { return 1 }
        guard let v = UInt64(s) else { fail("--seed expects an unsigned integer") }
        return v
    }
}

func writeLine(_ s: String) {
    FileHandle.standardOutput.write((s + "\n").data(using: .utf8)!)
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else { fail(usage) }
let command = arguments[1]
if ["--help", "-h", "help"].contains(command) {
    writeLine(usage)
    exit(0)
}
let rest = arguments.dropFirst(2)

switch command {
case "diff-run":
    let o = Options(rest, command: command, flags: ["fresh"], values: ["args", "fuel", "max-pages", "max-table", "list"])
    var run = DiffRun()
    run.options.freshInstances = o.flags.contains("fresh")
    if let k = o.int("args") { run.options.argumentSets = k }
    if let f = o.int("fuel") { run.options.fuel = UInt64(f) }
    if let p = o.int("max-pages") { run.options.maxMemoryPages = UInt64(p) }
    if let t = o.int("max-table") { run.options.maxTableElements = UInt64(t) }
    var files = o.positionals
    if let list = o.string("list") {
        guard let text = try? String(contentsOfFile: list, encoding: .utf8) else { fail("cannot read \(list)") }
        files += text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }
    guard !files.isEmpty else { fail(usage) }
    let batch = files.count > 1 || o.string("list") != nil
    var out = ""
    for f in files {
        if batch { out += Canonical.object([("module", Canonical.json(f))]) + "\n" }
        guard let data = FileManager.default.contents(atPath: f) else {
            out += Canonical.object([("compile", Canonical.json("unreadable"))]) + "\n"
            continue
        }
        _ = run.run([UInt8](data)) { out += $0 + "\n" }
        // Flush per module, so a crash loses at most the module that caused it.
        FileHandle.standardOutput.write(out.data(using: .utf8)!)
        out = ""
    }

case "crash":
    let o = Options(rest, command: command, flags: ["quiet"],
                    values: ["seed", "start", "inputs", "seconds", "corpus", "out", "hang-seconds", "only", "dump"])
    var w = CrashWorker()
    w.seed = o.seed()
    w.start = o.int("start") ?? 0
    w.inputs = o.int("inputs")
    w.seconds = o.double("seconds")
    if w.inputs == nil && w.seconds == nil { w.inputs = 10_000 }
    w.corpusDirectories = o.values["corpus"] ?? []
    if let out = o.string("out") { w.outDirectory = out }
    w.quiet = o.flags.contains("quiet")
    if let h = o.double("hang-seconds") { w.hangSeconds = h }
    if let only = o.int("only") {
        let mutator = Mutator(corpus: w.loadCorpus())
        let (bytes, limits, _) = w.input(mutator, index: only)
        guard let dump = o.string("dump") else { fail("--only needs --dump FILE") }
        guard FileManager.default.createFile(atPath: dump, contents: Data(bytes)) else { fail("cannot write \(dump)") }
        writeLine("input \(only) of seed \(w.seed): \(bytes.count) bytes -> \(dump); limits: fuel \(limits.fuel.map(String.init) ?? "none"), \(limits.maxMemoryPages) pages")
        exit(0)
    }
    let began = Date()
    let result = w.run()
    let seconds = Date().timeIntervalSince(began)
    writeLine(Canonical.object([
        ("kind", Canonical.json("crash")), ("seed", String(w.seed)), ("start", String(w.start)), ("next", String(result.next)),
        ("corpus", String(result.corpusSize)), ("seconds", String(format: "%.1f", seconds)),
        ("stats", result.stats.json), ("notes", Canonical.json(result.notes)),
    ]))

case "host":
    let o = Options(rest, command: command, flags: ["quiet", "verbose"],
                    values: ["seed", "plugin", "start", "iterations", "seconds", "out", "hang-seconds"])
    let plugin = o.string("plugin") ?? Paths.hostFuzzerPlugin
    guard let data = FileManager.default.contents(atPath: plugin) else { fail("cannot read the host-fuzzing plugin \(plugin) (fixtures/test_plugins/build.sh)") }
    let fuzzer: HostFuzzer
    do { fuzzer = try HostFuzzer(pluginBytes: [UInt8](data)) } catch { fail("the host-fuzzing plugin does not load: \(error)") }
    fuzzer.seed = o.seed()
    fuzzer.verbose = o.flags.contains("verbose")
    let start = o.int("start") ?? 0
    var iterations = o.int("iterations")
    let seconds = o.double("seconds")
    if iterations == nil && seconds == nil { iterations = 100 }
    ProcessGuard.install(directory: o.string("out") ?? ".build/fuzz/out", hangSeconds: o.double("hang-seconds") ?? 30, rssLimitBytes: 4 << 30)
    let began = Date()
    var i = start
    var lastReport = began
    while true {
        if let iterations, i - start >= iterations { break }
        if let seconds, Date().timeIntervalSince(began) >= seconds { break }
        ProcessGuard.begin(index: i)
        fuzzer.runEpisode(i)
        ProcessGuard.end()
        i += 1
        if !o.flags.contains("quiet") && Date().timeIntervalSince(lastReport) > 10 {
            lastReport = Date()
            let s = fuzzer.stats
            FileHandle.standardError.write("host: \(s.episodes) episodes, \(s.hostCalls) host calls, \(s.violations) violations\n".data(using: .utf8)!)
        }
    }
    writeLine(Canonical.object([
        ("kind", Canonical.json("host")), ("seed", String(fuzzer.seed)), ("start", String(start)), ("next", String(i)),
        ("seconds", String(format: "%.1f", Date().timeIntervalSince(began))), ("stats", fuzzer.stats.json),
        ("notes", Canonical.json(fuzzer.notes)),
    ]))

case "campaign":
    let o = Options(rest, command: command,
                    values: ["seed", "seconds", "inputs", "host-iterations", "corpus", "jobs", "hang-seconds", "out"])
    var c = Campaign()
    c.seed = o.seed()
    c.seconds = o.double("seconds")
    c.crashInputs = o.int("inputs")
    c.hostEpisodes = o.int("host-iterations")
    c.corpus = o.values["corpus"] ?? []
    c.jobs = max(1, o.int("jobs") ?? 1)
    if let h = o.double("hang-seconds") { c.hangSeconds = h }
    c.outDirectory = o.string("out") ?? Paths.root.appendingPathComponent(".build/fuzz/campaign-\(c.seed)").path
    exit(c.run())

case "replay":
    let o = Options(rest, command: command)
    for f in o.positionals {
        guard let data = FileManager.default.contents(atPath: f) else { fail("cannot read \(f)") }
        var exerciser = Exerciser()
        var r = FuzzRandom(seed: 1)
        var limits = EngineLimits()
        limits.fuel = 100_000
        limits.maxMemoryPages = 256
        limits.maxCallDepth = 1_000
        limits.maxValueStackBytes = 1 << 20
        exerciser.exercise([UInt8](data), limits: limits, index: 0, &r)
        writeLine("\(f): \(exerciser.stats.json)")
        for n in exerciser.anomalyNotes { writeLine("  \(n)") }
    }

default:
    fail(usage)
}
