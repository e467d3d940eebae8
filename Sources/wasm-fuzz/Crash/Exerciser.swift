import Foundation
import Interpreter

/// Runs one fuzzed input through the whole engine: decode, validate, translate,
/// instantiate (stub imports), then call the exports under fuel and memory limits.
///
/// Pass: every input is either rejected with a `ModuleError`, fails to instantiate with an
/// `InstantiationError` or a `Trap`, or runs each call to a result of the declared types or
/// a `Trap`. Anything else (another error type, a result of the wrong type, a store left
/// executing) is an anomaly; a crash or hang is caught by the process guard.
struct Exerciser {
    struct Stats {
        var inputs = 0
        var malformed = 0
        var invalid = 0
        var limitExceeded = 0
        var instantiationErrors = 0
        var instantiationTraps = 0
        var instantiated = 0
        var calls = 0
        var results = 0
        var traps: [String: Int] = [:]
        var anomalies = 0
        var bytes = 0

        mutating func add(_ o: Stats) {
            inputs += o.inputs; malformed += o.malformed; invalid += o.invalid; limitExceeded += o.limitExceeded
            instantiationErrors += o.instantiationErrors; instantiationTraps += o.instantiationTraps
            instantiated += o.instantiated; calls += o.calls; results += o.results; anomalies += o.anomalies
            bytes += o.bytes
            for (k, v) in o.traps { traps[k, default: 0] += v }
        }

        var json: String {
            var fields: [(String, String)] = [
                ("inputs", String(inputs)), ("malformed", String(malformed)), ("invalid", String(invalid)),
                ("limit_exceeded", String(limitExceeded)), ("instantiation_errors", String(instantiationErrors)),
                ("instantiation_traps", String(instantiationTraps)), ("instantiated", String(instantiated)),
                ("calls", String(calls)), ("results", String(results)), ("anomalies", String(anomalies)),
                ("bytes", String(bytes)),
            ]
            fields.append(("traps", "{" + traps.sorted { $0.key < $1.key }.map { Canonical.json($0.key) + ":" + String($0.value) }.joined(separator: ",") + "}"))
            return Canonical.object(fields)
        }

        init() {}

        init(json object: [String: Any]) {
            func i(_ k: String) -> Int { (object[k] as? NSNumber)?.intValue ?? 0 }
            inputs = i("inputs"); malformed = i("malformed"); invalid = i("invalid"); limitExceeded = i("limit_exceeded")
            instantiationErrors = i("instantiation_errors"); instantiationTraps = i("instantiation_traps")
            instantiated = i("instantiated"); calls = i("calls"); results = i("results"); anomalies = i("anomalies")
            bytes = i("bytes")
            if let t = object["traps"] as? [String: Any] {
                for (k, v) in t { traps[k] = (v as? NSNumber)?.intValue ?? 0 }
            }
        }
    }

    var stats = Stats()
    /// Descriptions of the first anomalies (with the input index), for the report.
    var anomalyNotes: [String] = []

    /// Limits for one input, varied by the generator so limit paths are exercised too.
    static func limits(_ r: inout FuzzRandom) -> EngineLimits {
        var l = EngineLimits()
        l.fuel = r.pick([5_000, 20_000, 100_000])
        l.maxMemoryPages = r.pick([1, 16, 64, 256])
        l.maxTableElements = r.pick([100, 10_000, 100_000])
        l.maxCallDepth = r.pick([100, 1_000])
        l.maxValueStackBytes = r.pick([64 << 10, 1 << 20])
        if r.chance(1, in: 8) {
            // Tight structural limits: every limit check must fail cleanly.
            l.maxEntities = r.pick([4, 100, 10_000])
            l.maxLocalsPerFunction = r.pick([1, 16, 1_000])
            l.maxControlDepth = r.pick([1, 8, 100])
            l.maxFunctionBodyBytes = r.pick([16, 1_000])
            l.maxOperandStackHeight = r.pick([2, 64])
            l.maxSegmentEntries = r.pick([1, 100])
            l.maxParametersOrResults = r.pick([1, 4])
            l.maxTables = r.pick([0, 1, 2])
            l.maxModuleBytes = r.pick([64, 4_096, 1 << 20])
        }
        return l
    }

    mutating func exercise(_ bytes: [UInt8], limits: EngineLimits, index: Int, _ r: inout FuzzRandom) {
        stats.inputs += 1
        stats.bytes += bytes.count
        let module: Module
        do {
            module = try Module(bytes: bytes, limits: limits)
        } catch {
            // The validator (lazy translation, the default) and the translator (eager) must
            // reject the same inputs with the same error.
            do {
                _ = try Module(bytes: bytes, limits: limits, translation: .eager)
                anomaly(index, "the validator rejects what the translator accepts: \(error)")
            } catch let eager {
                if eager != error { anomaly(index, "the validator and the translator disagree: \(error) vs \(eager)") }
            }
            switch error.kind {
            case .malformed: stats.malformed += 1
            case .invalid: stats.invalid += 1
            case .limitExceeded: stats.limitExceeded += 1
            }
            if error.message.isEmpty || error.offset < 0 || error.offset > bytes.count {
                anomaly(index, "ModuleError with an empty message or an offset outside the input: \(error)")
            }
            return
        }
        // Translate every body now (lazy translation would only reach the ones that run):
        // the translator must accept whatever the validator accepted.
        if let error = module.translateAll() {
            anomaly(index, "the translator rejects a body the validator accepted: \(error)")
            return
        }
        // Read-only API on the module must not crash either.
        _ = module.imports.count + module.exports.count + module.functionCount + module.customSectionNames.count
        for e in module.exports.prefix(4) { _ = module.exportedFunctionType(e.name) }
        if module.functionCount > 0 { _ = module.functionName(r.below(module.functionCount)) }

        let store = Store(limits: limits)
        let instance: Instance
        do {
            instance = try store.instantiate(module, imports: stubImports(for: module, store: store))
        } catch is InstantiationError {
            stats.instantiationErrors += 1
            return
        } catch let trap as Trap {
            stats.instantiationTraps += 1
            stats.traps[Canonical.trapName(trap.kind), default: 0] += 1
            return
        } catch {
            anomaly(index, "instantiate threw \(type(of: error)): \(error)")
            return
        }
        stats.instantiated += 1
        var called = 0
        for export in module.exports where called < 16 {
            guard case .function(let signature) = export.type else { continue }
            called += 1
            for k in 0..<(r.chance(1, in: 4) ? 2 : 1) {
                stats.calls += 1
                let args = r.chance(1, in: 2) ? Canonical.arguments(signature.parameters, call: k + r.below(12)) : signature.parameters.map(Value.zero)
                do {
                    let results = try instance.invoke(export.name, args)
                    stats.results += 1
                    if results.map(\.type) != signature.results {
                        anomaly(index, "\(export.name) returned \(results) for \(signature)")
                    }
                } catch let trap as Trap {
                    stats.traps[Canonical.trapName(trap.kind), default: 0] += 1
                    if case .hostError(let m) = trap.kind { anomaly(index, "host error from stub imports: \(m)") }
                } catch {
                    anomaly(index, "invoking \(export.name) threw \(type(of: error)): \(error)")
                }
            }
        }
        // Exported state must stay readable.
        for name in instance.exportNames {
            switch instance.export(name) {
            case .memory(let m)?:
                if m.byteCount > Int(limits.maxMemoryPages) * MemoryInstance.pageSize {
                    anomaly(index, "memory \(name) has \(m.pageCount) pages, above the limit of \(limits.maxMemoryPages)")
                }
            case .table(let t)?:
                if UInt64(t.count) > limits.maxTableElements { anomaly(index, "table \(name) has \(t.count) elements, above the limit") }
                if t.count > 0 { _ = t.element(at: r.below(t.count)) }
            case .global(let g)?:
                _ = g.value
            default:
                break
            }
        }
        if store.isExecuting { anomaly(index, "store still executing after the calls") }
    }

    private mutating func anomaly(_ index: Int, _ text: String) {
        stats.anomalies += 1
        if anomalyNotes.count < 20 { anomalyNotes.append("input #\(index): \(text)") }
    }
}
