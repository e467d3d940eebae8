import Foundation

/// `wasm-fuzz campaign`: runs `crash` and `host` workers as child processes and supervises
/// them. A worker that dies (signal, sanitizer abort, hang or memory watchdog) is counted,
/// its input is saved under `<out>/findings/`, and a new worker resumes after that input,
/// so one campaign reports every finding with its reproducer.
struct Campaign {
    var seed: UInt64 = 1
    var seconds: Double?
    var crashInputs: Int?
    var hostEpisodes: Int?
    var corpus: [String] = []
    var outDirectory = ".build/fuzz/campaign"
    var jobs = 1
    var hangSeconds = 10.0

    struct Findings {
        var crashes = 0
        var hangs = 0
        var memory = 0
        var files: [String] = []
    }

    struct WorkerResult {
        var json: [String: Any]?
        var findings = Findings()
        var inputsWithoutSummary = 0
    }

    static var executable: String {
        if let p = Bundle.main.executablePath { return p }
        return CommandLine.arguments[0]
    }

    /// Runs one kind of worker over `[start, start + count)` (or for `seconds`), restarting
    /// after each fatal finding.
    func supervise(kind: String, job: Int, start: Int, count: Int?, seconds: Double?) -> [WorkerResult] {
        var results: [WorkerResult] = []
        let dir = "\(outDirectory)/\(kind)-\(job)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let findingsDir = "\(outDirectory)/findings"
        try? FileManager.default.createDirectory(atPath: findingsDir, withIntermediateDirectories: true)
        var next = start
        var remaining = count
        let deadline = seconds.map { Date().addingTimeInterval($0) }
        while true {
            if let remaining, remaining <= 0 { break }
            var args = [kind, "--seed", String(seed), "--start", String(next), "--out", dir, "--quiet", "--hang-seconds", String(hangSeconds)]
            if let remaining { args += [kind == "crash" ? "--inputs" : "--iterations", String(remaining)] }
            if let deadline {
                let left = deadline.timeIntervalSinceNow
                if left <= 0.5 { break }
                args += ["--seconds", String(format: "%.1f", left)]
            }
            if kind == "crash" { for c in corpus { args += ["--corpus", c] } }
            for f in ["crash", "hang", "oom"] {
                try? FileManager.default.removeItem(atPath: "\(dir)/\(f).index")
            }
            let p = Process()
            p.executableURL = URL(fileURLWithPath: Campaign.executable)
            p.arguments = args
            let pipe = Pipe()
            p.standardOutput = pipe
            do { try p.run() } catch {
                FileHandle.standardError.write("campaign: cannot start a worker: \(error)\n".data(using: .utf8)!)
                break
            }
            let out = pipe.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            var result = WorkerResult()
            if p.terminationReason == .exit && p.terminationStatus == 0 {
                let line = String(decoding: out, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
                result.json = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
                results.append(result)
                break
            }
            // A finding: which input, and what kind.
            var what = "crash"
            if p.terminationReason == .exit && p.terminationStatus == ProcessGuard.exitHang { what = "hang" }
            if p.terminationReason == .exit && p.terminationStatus == ProcessGuard.exitMemory { what = "oom" }
            let indexText = (try? String(contentsOfFile: "\(dir)/\(what).index", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let index = indexText.flatMap(Int.init) else {
                FileHandle.standardError.write("campaign: \(kind) worker exited (\(p.terminationReason == .exit ? "status" : "signal") \(p.terminationStatus)) without a record of its input; stopping this job\n".data(using: .utf8)!)
                result.findings.crashes += 1
                results.append(result)
                break
            }
            let saved = "\(findingsDir)/\(kind)-\(what)-seed\(seed)-\(index).bin"
            try? FileManager.default.removeItem(atPath: saved)
            try? FileManager.default.copyItem(atPath: "\(dir)/\(what).bin", toPath: saved)
            switch what {
            case "hang": result.findings.hangs += 1
            case "oom": result.findings.memory += 1
            default: result.findings.crashes += 1
            }
            result.findings.files.append(saved)
            result.inputsWithoutSummary = index - next + 1
            FileHandle.standardError.write("campaign: \(kind) \(what) at input \(index) (seed \(seed)); saved \(saved); reproduce: wasm-fuzz \(kind) --seed \(seed) --start \(index) \(kind == "crash" ? "--inputs" : "--iterations") 1\n".data(using: .utf8)!)
            results.append(result)
            if let r = remaining { remaining = r - (index - next + 1) }
            next = index + 1
        }
        return results
    }

    func run() -> Int32 {
        let began = Date()
        // Time split: two thirds crash fuzzing, one third host fuzzing.
        let crashSeconds = seconds.map { $0 * 2 / 3 }
        let hostSeconds = seconds.map { $0 / 3 }
        var crashResults: [WorkerResult] = []
        var hostResults: [WorkerResult] = []
        let lock = NSLock()
        let crashCount = crashInputs ?? (seconds == nil ? 100_000 : nil)
        let hostCount = hostEpisodes ?? (seconds == nil ? 200 : nil)
        DispatchQueue.concurrentPerform(iterations: jobs) { j in
            // Job j takes a contiguous slice of the input indices.
            let crashSlice = crashCount.map { ($0 + jobs - 1) / jobs }
            let crashStart = crashSlice.map { j * $0 } ?? j * 1_000_000_000
            let c = supervise(kind: "crash", job: j, start: crashStart,
                              count: crashSlice.map { min($0, max(0, crashCount! - crashStart)) }, seconds: crashSeconds)
            let hostSlice = hostCount.map { ($0 + jobs - 1) / jobs }
            let hostStart = hostSlice.map { j * $0 } ?? j * 1_000_000_000
            let h = supervise(kind: "host", job: j, start: hostStart,
                              count: hostSlice.map { min($0, max(0, hostCount! - hostStart)) }, seconds: hostSeconds)
            lock.lock()
            crashResults += c
            hostResults += h
            lock.unlock()
        }
        var crash = Exerciser.Stats()
        var crashNotes: [String] = []
        var host = HostFuzzer.Stats()
        var hostNotes: [String] = []
        var findings = Findings()
        for r in crashResults {
            if let s = r.json?["stats"] as? [String: Any] { crash.add(Exerciser.Stats(json: s)) }
            crashNotes += (r.json?["notes"] as? [String]) ?? []
            crash.inputs += r.inputsWithoutSummary
            findings.crashes += r.findings.crashes; findings.hangs += r.findings.hangs; findings.memory += r.findings.memory
            findings.files += r.findings.files
        }
        for r in hostResults {
            if let s = r.json?["stats"] as? [String: Any] { host.add(HostFuzzer.Stats(json: s)) }
            hostNotes += (r.json?["notes"] as? [String]) ?? []
            host.episodes += r.inputsWithoutSummary
            findings.crashes += r.findings.crashes; findings.hangs += r.findings.hangs; findings.memory += r.findings.memory
            findings.files += r.findings.files
        }
        let elapsed = Date().timeIntervalSince(began)
        func n(_ v: Int) -> String {
            let f = NumberFormatter()
            f.numberStyle = .decimal
            f.groupingSeparator = ","
            return f.string(from: NSNumber(value: v)) ?? String(v)
        }
        let traps = crash.traps.sorted { $0.value > $1.value }.map { "\($0.key) \(n($0.value))" }.joined(separator: ", ")
        print("wasm-fuzz campaign: seed \(seed), \(jobs) job(s), \(String(format: "%.1f", elapsed)) s, findings in \(outDirectory)/findings")
        print("  decoder/validator/executor: \(n(crash.inputs)) inputs (\(n(crash.bytes)) bytes): malformed \(n(crash.malformed)), invalid \(n(crash.invalid)), limit exceeded \(n(crash.limitExceeded)), instantiation errors \(n(crash.instantiationErrors)), instantiation traps \(n(crash.instantiationTraps)), instantiated \(n(crash.instantiated)); \(n(crash.calls)) calls: \(n(crash.results)) results, traps: \(traps.isEmpty ? "none" : traps); anomalies \(crash.anomalies)")
        let failures = host.vmFailures.sorted { $0.key < $1.key }.map { "\($0.key) \(n($0.value))" }.joined(separator: ", ")
        print("  host: \(n(host.episodes)) episodes, \(n(host.vms)) VMs, \(n(host.callbacks)) callbacks, \(n(host.programs)) programs, \(n(host.hostCalls)) host calls (\(n(host.statusesChecked)) statuses checked, \(host.badStatuses) bad), VM failures: \(failures.isEmpty ? "none" : failures); invariant violations \(host.violations)")
        for note in (crashNotes + hostNotes).prefix(20) { print("    \(note)") }
        let total = crash.inputs + host.hostCalls
        print("  fuzzed inputs: \(n(total)) (\(n(crash.inputs)) modules + \(n(host.hostCalls)) host calls); crashes \(findings.crashes), hangs \(findings.hangs), memory-limit breaches \(findings.memory)")
        for f in findings.files { print("    finding: \(f)") }
        let figures: [(String, String)] = [
            ("seed", String(seed)), ("seconds", String(format: "%.1f", elapsed)), ("crash_inputs", String(crash.inputs)),
            ("instantiated", String(crash.instantiated)), ("calls", String(crash.calls)), ("anomalies", String(crash.anomalies)),
            ("host_episodes", String(host.episodes)), ("host_calls", String(host.hostCalls)), ("callbacks", String(host.callbacks)),
            ("bad_statuses", String(host.badStatuses)), ("violations", String(host.violations)), ("fuzzed_inputs", String(total)),
            ("crashes", String(findings.crashes)), ("hangs", String(findings.hangs)), ("memory", String(findings.memory)),
        ]
        print("FUZZ-FIGURES " + Canonical.object(figures))
        let bad = findings.crashes + findings.hangs + findings.memory + crash.anomalies + host.violations + host.badStatuses
        return bad == 0 ? 0 : 1
    }
}
