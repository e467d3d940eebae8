import Foundation
import Interpreter

/// `wasm-fuzz crash`: the decoder/validator/instantiation/execution fuzzer. Input `i` of a
/// campaign with seed `s` depends only on `(s, i)` and the corpus, so any input can be
/// regenerated (`--only I --dump FILE`) and a campaign can resume after a crash.
struct CrashWorker {
    var seed: UInt64 = 1
    var start = 0
    var inputs: Int?
    var seconds: Double?
    var corpusDirectories: [String] = []
    var outDirectory = ".build/fuzz/out"
    var quiet = false
    var hangSeconds = 10.0
    var rssLimitBytes = 4 << 30

    /// The corpus: one group per directory (picked uniformly, then an entry).
    func loadCorpus() -> [[UInt8]] {
        var all: [[UInt8]] = []
        let dirs = corpusDirectories.isEmpty ? Paths.defaultCorpus : corpusDirectories
        var groups: [[[UInt8]]] = []
        for d in dirs {
            let files = Paths.wasmFiles(under: d).map(\.1)
            if !files.isEmpty { groups.append(files) }
        }
        // Flatten with each group weighted equally: repeat small groups (bounded).
        let largest = groups.map(\.count).max() ?? 0
        for g in groups {
            let repeats = max(1, min(largest / max(g.count, 1), 64))
            for _ in 0..<repeats { all += g }
        }
        return all
    }

    func input(_ mutator: Mutator, index: Int) -> ([UInt8], EngineLimits, FuzzRandom) {
        var r = FuzzRandom.derived(seed: seed, index: UInt64(index))
        let bytes = mutator.generate(&r)
        let limits = Exerciser.limits(&r)
        return (bytes, limits, r)
    }

    /// Runs the campaign; returns the stats (the caller prints them).
    func run() -> (stats: Exerciser.Stats, notes: [String], next: Int, corpusSize: Int) {
        let corpus = loadCorpus()
        let mutator = Mutator(corpus: corpus)
        ProcessGuard.install(directory: outDirectory, hangSeconds: hangSeconds, rssLimitBytes: rssLimitBytes)
        var exerciser = Exerciser()
        let began = Date()
        var i = start
        var lastReport = began
        // Self-test of the supervision (docs/fuzzing.md): crash or hang on purpose at an index.
        let env = ProcessInfo.processInfo.environment
        let crashAt = env["WASM_FUZZ_SELFTEST_CRASH_AT"].flatMap(Int.init)
        let hangAt = env["WASM_FUZZ_SELFTEST_HANG_AT"].flatMap(Int.init)
        while true {
            if let inputs, i - start >= inputs { break }
            if let seconds, Date().timeIntervalSince(began) >= seconds { break }
            var (bytes, limits, r) = input(mutator, index: i)
            ProcessGuard.begin(bytes, index: i)
            if i == crashAt { fatalError("self-test crash at input \(i)") }
            if i == hangAt { while true { sleep(1) } }
            exerciser.exercise(bytes, limits: limits, index: i, &r)
            ProcessGuard.end()
            i += 1
            if !quiet && i % 1000 == 0 && Date().timeIntervalSince(lastReport) > 10 {
                lastReport = Date()
                let s = exerciser.stats
                let rate = Double(i - start) / Date().timeIntervalSince(began)
                FileHandle.standardError.write("crash: \(i - start) inputs (\(Int(rate))/s), \(s.instantiated) instantiated, \(s.calls) calls, \(s.anomalies) anomalies\n".data(using: .utf8)!)
            }
        }
        return (exerciser.stats, exerciser.anomalyNotes, i, corpus.count)
    }
}
