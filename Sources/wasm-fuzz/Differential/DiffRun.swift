import Interpreter

/// `wasm-fuzz diff-run`: runs every exported function of a module with deterministic
/// arguments under fuel and describes each step as one canonical JSON line (see
/// `Canonical`). scripts/fuzz/differential.py produces the same lines with wasmtime and
/// compares them; the regression test replays stored modules against stored lines.
///
/// Lines, in order:
/// - `{"compile":"error"}` (and nothing more) when the module is rejected;
/// - `{"instantiate":"ok"}`, `{"instantiate":"trap","trap":KIND}` or `{"instantiate":"error"}`;
///   with `--fresh`, each exported function then runs in a new instance of the same store;
/// - per exported function, in export order, per argument set `k`:
///   `{"call":NAME,"k":K,"outcome":"ok","results":[...],"globals":[...],"tables":[...],"memories":[...]}`
///   or `... "outcome":"trap","trap":KIND, "globals":...`;
/// - `{"final":"state","tables":["SIZE:CRC"...]}`: each exported table's size and a
///   CRC-32 of its null pattern.
struct DiffRun {
    struct Options {
        /// Argument sets per exported function.
        var argumentSets = 3
        /// Fuel per call (and for the start function).
        var fuel: UInt64 = 50_000_000
        /// Memory cap in pages (wasmtime gets the same cap through its store limits).
        var maxMemoryPages: UInt64 = 160
        /// Table cap in elements (wasmtime: the same).
        var maxTableElements: UInt64 = 10_000
        /// Stop after this many calls per module.
        var maxCalls = 10_000
        /// A fresh instance (in the same store) for each exported function, so every function
        /// starts from the initial state with wasm-smith's whole termination fuel (otherwise
        /// the first looping function uses it up and every later call traps at once).
        var freshInstances = false
    }

    var options = Options()

    var limits: EngineLimits {
        var l = EngineLimits()
        l.fuel = options.fuel
        l.maxMemoryPages = options.maxMemoryPages
        l.maxTableElements = options.maxTableElements
        return l
    }

    /// The canonical lines for a module.
    func run(_ bytes: [UInt8], emit: (String) -> Void) -> Summary {
        var summary = Summary()
        let limits = self.limits
        let module: Module
        do {
            module = try Module(bytes: bytes, limits: limits)
        } catch {
            emit(Canonical.object([("compile", Canonical.json("error"))]))
            summary.compileError = true
            return summary
        }
        let store = Store(limits: limits)
        var instance: Instance
        do {
            instance = try store.instantiate(module, imports: stubImports(for: module, store: store))
            emit(Canonical.object([("instantiate", Canonical.json("ok"))]))
        } catch let trap as Trap {
            let name = Canonical.trapName(trap.kind)
            emit(Canonical.object([("instantiate", Canonical.json("trap")), ("trap", Canonical.json(name))]))
            summary.traps += 1
            return summary
        } catch {
            emit(Canonical.object([("instantiate", Canonical.json("error"))]))
            return summary
        }

        let exports = module.exports
        outer: for e in exports {
            guard case .function(let type) = e.type else { continue }
            if options.freshInstances {
                guard let fresh = try? store.instantiate(module, imports: stubImports(for: module, store: store)) else {
                    emit(Canonical.object([("instantiate", Canonical.json("error"))]))
                    break
                }
                instance = fresh
            }
            for k in 0..<options.argumentSets {
                if summary.calls >= options.maxCalls { break outer }
                summary.calls += 1
                var fields: [(String, String)] = [("call", Canonical.json(e.name)), ("k", String(k))]
                do {
                    let results = try instance.invoke(e.name, Canonical.arguments(type.parameters, call: k))
                    fields.append(("outcome", Canonical.json("ok")))
                    fields.append(("results", Canonical.json(results.map(Canonical.encode))))
                } catch let trap as Trap {
                    let name = Canonical.trapName(trap.kind)
                    fields.append(("outcome", Canonical.json("trap")))
                    fields.append(("trap", Canonical.json(name)))
                    summary.traps += 1
                    if Canonical.engineSpecificTraps.contains(name) { summary.engineSpecific += 1 }
                } catch {
                    fields.append(("outcome", Canonical.json("error")))
                }
                fields += state(instance, exports: exports)
                emit(Canonical.object(fields))
            }
        }
        emit(Canonical.object([("final", Canonical.json("state")), ("tables", Canonical.json(tableContents(instance, exports: exports)))]))
        return summary
    }

    struct Summary {
        var compileError = false
        var calls = 0
        var traps = 0
        var engineSpecific = 0
    }

    /// Exported globals' values, tables' sizes and memories' pages and CRC-32, in export order.
    func state(_ instance: Instance, exports: [ExportDescriptor]) -> [(String, String)] {
        var globals: [String] = []
        var tables: [String] = []
        var memories: [String] = []
        for e in exports {
            switch e.type {
            case .global:
                if let g = instance.global(e.name) { globals.append(Canonical.encode(g.value)) }
            case .table:
                if let t = instance.table(e.name) { tables.append(String(t.count)) }
            case .memory:
                if let m = instance.exportedMemory(e.name) {
                    let crc = (try? m.view.withBytes(address: 0, length: UInt64(m.byteCount)) { CRC32.checksum($0) }) ?? 0
                    memories.append("\(m.pageCount):" + Canonical.hex(UInt64(crc), digits: 8))
                }
            case .function:
                break
            }
        }
        return [("globals", Canonical.json(globals)), ("tables", Canonical.json(tables)), ("memories", Canonical.json(memories))]
    }

    func tableContents(_ instance: Instance, exports: [ExportDescriptor]) -> [String] {
        var out: [String] = []
        for e in exports {
            guard case .table = e.type, let t = instance.table(e.name) else { continue }
            var pattern = [UInt8](repeating: 0, count: t.count)
            for i in 0..<t.count {
                switch t.element(at: i) {
                case .funcref(_?)?, .externref(_?)?: pattern[i] = 1
                default: break
                }
            }
            out.append("\(t.count):" + Canonical.hex(UInt64(CRC32.checksum(pattern)), digits: 8))
        }
        return out
    }
}
