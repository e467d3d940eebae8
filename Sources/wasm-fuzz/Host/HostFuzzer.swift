import Foundation
import Interpreter
import MockHost

/// `wasm-fuzz host`: random sequences of every proxy_* (and WASI, Emscripten) host function
/// with random, often hostile, arguments, issued by fixtures/test_plugins/host_fuzzer.wasm
/// from random callbacks of random streams, connections, timers, callouts, gRPC calls and
/// queues. Episode `i` of seed `s` depends only on `(s, i)`.
///
/// Checked after every step: every host call answered a status of its family (proxy_status,
/// WASI errno); header maps, bodies, filter state, shared data, queues, metrics, logs,
/// traces and pending calls stay under the host's caps; shared-data CAS tokens are unique
/// and never go backwards (and change with the value); a VM only fails for a reason the
/// program caused (a trap it executed, fuel, re-entrancy depth, a restricted call); the
/// host never crashes (the process guard catches that).
final class HostFuzzer {
    let module: Module
    let generator: ProgramGenerator
    var seed: UInt64 = 1
    var verbose = false

    struct Stats {
        var episodes = 0
        var vms = 0
        var callbacks = 0
        var hostCalls = 0
        var programs = 0
        var statusesChecked = 0
        var badStatuses = 0
        var violations = 0
        var vmFailures: [String: Int] = [:]
        var loadFailures = 0

        mutating func add(_ o: Stats) {
            episodes += o.episodes; vms += o.vms; callbacks += o.callbacks; hostCalls += o.hostCalls; programs += o.programs
            statusesChecked += o.statusesChecked; badStatuses += o.badStatuses; violations += o.violations
            loadFailures += o.loadFailures
            for (k, v) in o.vmFailures { vmFailures[k, default: 0] += v }
        }

        var json: String {
            Canonical.object([
                ("episodes", String(episodes)), ("vms", String(vms)), ("callbacks", String(callbacks)),
                ("host_calls", String(hostCalls)), ("programs", String(programs)), ("statuses_checked", String(statusesChecked)),
                ("bad_statuses", String(badStatuses)), ("violations", String(violations)), ("load_failures", String(loadFailures)),
                ("vm_failures", "{" + vmFailures.sorted { $0.key < $1.key }.map { Canonical.json($0.key) + ":" + String($0.value) }.joined(separator: ",") + "}"),
            ])
        }

        init() {}

        init(json o: [String: Any]) {
            func i(_ k: String) -> Int { (o[k] as? NSNumber)?.intValue ?? 0 }
            episodes = i("episodes"); vms = i("vms"); callbacks = i("callbacks"); hostCalls = i("host_calls")
            programs = i("programs"); statusesChecked = i("statuses_checked"); badStatuses = i("bad_statuses")
            violations = i("violations"); loadFailures = i("load_failures")
            if let f = o["vm_failures"] as? [String: Any] { for (k, v) in f { vmFailures[k] = (v as? NSNumber)?.intValue ?? 0 } }
        }
    }

    var stats = Stats()
    var notes: [String] = []

    // Per-episode state.
    private var r = FuzzRandom(seed: 0)
    private var host: MockHost!
    private var vms: [PluginVM] = []
    private var current: PluginVM?
    private var streams: [HTTPStream] = []
    private var connections: [TCPConnection] = []
    private var episode = 0
    private var trapRate = 0
    private var sharedSnapshot: [[UInt8]: (value: [UInt8], cas: UInt32)] = [:]
    private var failuresSeen: [ObjectIdentifier: Int] = [:]

    init(pluginBytes: [UInt8]) throws {
        module = try Module(bytes: pluginBytes, limits: PluginConfiguration.defaultLimits)
        generator = ProgramGenerator(module: module)
    }

    // MARK: Episodes

    func runEpisode(_ index: Int) {
        episode = index
        r = FuzzRandom.derived(seed: seed, index: UInt64(index))
        stats.episodes += 1
        var limits = HostLimits()
        if r.chance(2, in: 3) {
            limits.maxHeaderMapEntries = r.pick([8, 16, 64])
            limits.maxHeaderMapBytes = r.pick([512, 2_048, 65_536])
            limits.maxBufferBytes = r.pick([4_096, 65_536])
            limits.maxLogEntries = r.pick([4, 64, 1_000])
            limits.maxLogBytes = r.pick([256, 8_192, 1 << 20])
            limits.maxTraceEvents = r.pick([16, 1_000, 200_000])
            limits.maxSharedDataEntries = r.pick([2, 8, 100])
            limits.maxSharedDataBytes = r.pick([64, 4_096, 1 << 20])
            limits.maxQueues = r.pick([1, 4, 100])
            limits.maxQueueItems = r.pick([1, 4, 100])
            limits.maxQueueBytes = r.pick([64, 4_096, 1 << 20])
            limits.maxMetrics = r.pick([1, 4, 100])
            limits.maxPendingCalls = r.pick([1, 4, 100])
            limits.maxPendingCallBytes = r.pick([256, 65_536])
            limits.maxFilterStateBytes = r.pick([64, 4_096])
            limits.maxGuestValueBytes = r.pick([64, 1_024, 1 << 20])
        }
        host = MockHost(limits: limits)
        host.linksHostFunctionsOfEveryABIVersion = true
        host.registerForeignFunction("fuzz_program") { [unowned self] args in self.nextProgram(args) }
        host.registerForeignFunction("fuzz_report") { [unowned self] bytes in self.report(bytes); return [] }
        host.registerForeignFunction("fuzz_echo") { $0 }
        host.registerForeignFunction("fuzz_fail") { _ in nil }
        trapRate = r.pick([0, 0, 2, 10])
        vms = []
        streams = []
        connections = []
        sharedSnapshot = [:]
        failuresSeen = [:]

        _ = loadVM()
        let actions = 4 + r.below(40)
        for _ in 0..<actions {
            guard !vms.isEmpty else { break }
            current = r.pick(vms)
            step()
            checkInvariants("after a step")
        }
        for vm in vms {
            current = vm
            vm.shutdown()
        }
        checkInvariants("after shutdown")
        for vm in vms {
            stats.callbacks += vm.callbackCount
            stats.hostCalls += vm.hostCallCount
        }
        vms = []
        streams = []
        connections = []
        current = nil
        host = nil
    }

    private func loadVM() -> PluginVM? {
        var config = PluginConfiguration()
        config.vmConfiguration = r.bytes(r.smallSize(max: 64))
        config.pluginConfiguration = r.bytes(r.smallSize(max: 64))
        config.rootID = r.pick(["", "root", "second"])
        config.vmID = r.pick(["vm", "other"])
        config.failurePolicy = r.pick(FailurePolicy.allCases)
        config.logLevel = r.pick(LogLevel.allCases)
        config.randomSeed = r.next()
        var l = PluginConfiguration.defaultLimits
        l.fuel = r.pick([50_000, 1_000_000, 20_000_000])
        l.maxMemoryPages = r.pick([8, 32])
        l.maxHostReentrancy = r.pick([4, 64])
        config.limits = l
        if r.chance(1, in: 3) { config.properties["x.y.z"] = r.bytes(r.smallSize(max: 32)) }
        do {
            let vm = try host.loadPlugin(module, configuration: config)
            vm.tracing = r.chance(1, in: 2)
            if r.chance(1, in: 10) {
                // Fault injection (proxy functions only: the injected value must be a status of the family).
                vm.injectedStatus[r.pick(generator.ops.filter { $0.family == .proxy }.map(\.name))] = r.pick([0, 1, 2, 10, 12])
            }
            vms.append(vm)
            stats.vms += 1
            current = vm
            do {
                try vm.start()
            } catch {
                // A refused or failed start is a normal outcome of a random program.
            }
            checkFailures(vm)
            return vm
        } catch {
            stats.loadFailures += 1
            violation("the host-fuzzing plugin failed to load: \(error)")
            return nil
        }
    }

    /// One random driver action.
    private func step() {
        guard let vm = current else { return }
        switch r.below(16) {
        case 0, 1, 2, 3:
            // An HTTP stream, through some of its phases.
            let s = vm.openHTTPStream()
            streams.append(s)
            _ = s.sendRequestHeaders(headers(), endOfStream: r.chance(1, in: 4))
            if r.chance(2, in: 3) { _ = s.sendRequestBody(r.bytes(r.smallSize(max: 512)), endOfStream: r.chance(1, in: 2)) }
            if r.chance(1, in: 4) { _ = s.sendRequestTrailers(headers()) }
            if r.chance(2, in: 3) { _ = s.sendResponseHeaders(headers(status: true), endOfStream: r.chance(1, in: 4)) }
            if r.chance(1, in: 2) { _ = s.sendResponseBody(r.bytes(r.smallSize(max: 512)), endOfStream: r.chance(1, in: 2)) }
            if r.chance(1, in: 4) { _ = s.sendResponseTrailers(headers()) }
            if r.chance(3, in: 4) { s.complete() }
        case 4:
            // More events on an older stream (maybe completed or failed already).
            guard let s = streams.isEmpty ? nil : r.pick(streams) else { return }
            switch r.below(4) {
            case 0: _ = s.sendRequestBody(r.bytes(r.smallSize(max: 256)), endOfStream: true)
            case 1: _ = s.sendResponseHeaders(headers(status: true))
            case 2: _ = s.sendResponseBody(r.bytes(16), endOfStream: r.chance(1, in: 2))
            default: s.complete()
            }
        case 5, 6:
            let c = vm.openTCPConnection()
            connections.append(c)
            _ = c.sendDownstreamData(r.bytes(r.smallSize(max: 256)), endOfStream: r.chance(1, in: 4))
            if r.chance(1, in: 2) { _ = c.sendUpstreamData(r.bytes(r.smallSize(max: 256)), endOfStream: r.chance(1, in: 4)) }
            if r.chance(1, in: 3) { c.closeDownstream(peer: r.pick([.local, .remote, .unknown])) }
            if r.chance(1, in: 3) { c.closeUpstream(peer: r.pick([.local, .remote, .unknown])) }
            if r.chance(1, in: 2) { c.complete() }
        case 7:
            host.advanceClock(milliseconds: r.pick([1, 10, 100, 1_000, 60_000]))
        case 8, 9:
            // Answer (or fail) a pending HTTP callout.
            guard let call = vm.pendingHTTPCalls.first else { return }
            if r.chance(1, in: 4) {
                _ = vm.failHTTPCall(token: call.token)
            } else {
                _ = vm.respondToHTTPCall(token: r.chance(1, in: 10) ? r.u32() : call.token, headers: headers(status: true),
                                         body: r.bytes(r.smallSize(max: 256)), trailers: r.chance(1, in: 3) ? headers() : HeaderMap())
            }
        case 10, 11:
            // A gRPC event for an open call (or a bogus token).
            guard let call = vm.openGRPCCalls.first else { return }
            let token = r.chance(1, in: 10) ? r.u32() : call.token
            switch r.below(4) {
            case 0: _ = vm.deliverGRPCInitialMetadata(token: token, metadata: headers())
            case 1: _ = vm.deliverGRPCMessage(token: token, message: r.bytes(r.smallSize(max: 256)))
            case 2: _ = vm.deliverGRPCTrailingMetadata(token: token, metadata: headers())
            default: _ = vm.closeGRPC(token: token, status: r.pick([0, 1, 2, 14, 0xFFFF_FFFF]), message: r.chance(1, in: 2) ? "closed" : "")
            }
        case 12:
            _ = vm.callForeignFunctionCallback(functionID: r.u32() % 8, arguments: r.bytes(r.smallSize(max: 128)))
        case 13:
            if vms.count < 3 { _ = loadVM() }
        case 14:
            if r.chance(1, in: 4) { vm.shutdown() }
        default:
            host.setSharedData(r.pick(ProgramGenerator.keys), r.bytes(r.smallSize(max: 32)))
        }
        for v in vms { checkFailures(v) }
    }

    private func headers(status: Bool = false) -> HeaderMap {
        var h = HeaderMap()
        if status { h.add(":status", r.pick(["200", "404", "503", "abc", ""])) } else {
            h.add(":method", r.pick(["GET", "POST"]))
            h.add(":path", r.pick(["/", "/a?b=c", "", "/\u{0}"]))
        }
        for _ in 0..<r.below(4) { h.add(r.pick(ProgramGenerator.headerNames), "v\(r.below(10))") }
        return h
    }

    // MARK: The plugin's foreign functions

    private func view() -> ProgramGenerator.HostView {
        var contexts: [UInt32] = []
        var tokens: [UInt32] = [0, 1]
        if let vm = current {
            contexts.append(vm.rootContextID)
            tokens += vm.pendingHTTPCalls.prefix(4).map(\.token) + vm.openGRPCCalls.prefix(4).map(\.token)
        }
        contexts += streams.suffix(4).map(\.contextID) + connections.suffix(2).map(\.contextID)
        if let host {
            tokens += host.queues.keys.sorted().prefix(4) + host.metrics.keys.sorted().prefix(4)
        }
        let pages = current?.memoryPages ?? 4
        return .init(memoryBytes: UInt32(truncatingIfNeeded: pages * 65_536), contexts: contexts, tokens: tokens)
    }

    private func nextProgram(_ args: [UInt8]) -> [UInt8]? {
        stats.programs += 1
        // Start callbacks mostly succeed, so the rest of the episode has a live plugin.
        let result: UInt32 = r.chance(9, in: 10) ? 1 : r.pick([0, 2, 0xFFFF_FFFF])
        let p = generator.program(&r, view: view(), result: result, trapRate: trapRate)
        return p.bytes
    }

    /// Checks the (op, status) pairs the plugin reports.
    private func report(_ bytes: [UInt8]) {
        var i = 0
        while i + 8 <= bytes.count {
            let op = Int(readU32(bytes, i))
            let status = readU32(bytes, i + 4)
            i += 8
            guard op < generator.importCount else { continue }
            let spec = generator.ops[op]
            stats.statusesChecked += 1
            let ok: Bool
            switch spec.family {
            case .proxy: ok = ProxyStatus(rawValue: status) != nil
            case .wasi: ok = spec.hasResult ? WASIErrno(rawValue: status) != nil : status == 0xFFFF_FFFF
            case .emscripten: ok = spec.hasResult ? status <= 1 : status == 0xFFFF_FFFF
            case .internal: ok = true
            }
            if !ok {
                stats.badStatuses += 1
                violation("\(spec.module).\(spec.name) answered status \(status), not a status of its family")
            }
        }
    }

    private func readU32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }

    // MARK: Invariants

    private func checkFailures(_ vm: PluginVM) {
        let id = ObjectIdentifier(vm)
        let seen = failuresSeen[id] ?? 0
        guard vm.failures.count > seen else { return }
        for f in vm.failures[seen...] {
            let kind: String
            switch f.trap.kind {
            case .unreachable, .outOfFuel, .outOfBoundsMemoryAccess, .callStackExhausted, .deadlineExceeded:
                kind = Canonical.trapName(f.trap.kind)
            case .hostError(let m) where m.hasPrefix("restricted_callback"):
                kind = "restricted_callback"
            default:
                kind = "unexpected: " + f.trap.message
                violation("VM failed in \(f.callback) for a reason the plugin did not cause: \(f.trap.message)")
            }
            stats.vmFailures[kind, default: 0] += 1
        }
        failuresSeen[id] = vm.failures.count
    }

    private func checkInvariants(_ when: String) {
        guard let host else { return }
        let l = host.limits
        for s in streams {
            for (name, map) in [("request headers", s.requestHeaders), ("request trailers", s.requestTrailers),
                                ("response headers", s.responseHeaders), ("response trailers", s.responseTrailers)] {
                if map.count > max(l.maxHeaderMapEntries, 8) || map.byteSize > max(l.maxHeaderMapBytes, 2_048) {
                    violation("\(name) of stream \(s.contextID): \(map.count) entries, \(map.byteSize) bytes (caps \(l.maxHeaderMapEntries), \(l.maxHeaderMapBytes)) \(when)")
                }
            }
            let bodyCap = l.maxBufferBytes + 4_096
            if s.requestBody.count > bodyCap || s.responseBody.count > bodyCap {
                violation("stream \(s.contextID) bodies \(s.requestBody.count)/\(s.responseBody.count) bytes above the cap \(l.maxBufferBytes)")
            }
            let stateBytes = s.filterState.reduce(0) { $0 + $1.key.count + $1.value.count }
            if stateBytes > l.maxFilterStateBytes {
                violation("stream \(s.contextID) filter state \(stateBytes) bytes above the cap \(l.maxFilterStateBytes)")
            }
        }
        // Shared data: bounded; CAS tokens unique and monotone, changed with the value. The
        // driver's own writes (MockHost.setSharedData, test set-up: no caps) add at most one
        // entry per key of ProgramGenerator.keys, of at most 32 + 12 bytes.
        let shared = host.sharedData
        if shared.count > l.maxSharedDataEntries + ProgramGenerator.keys.count {
            violation("shared data has \(shared.count) keys (cap \(l.maxSharedDataEntries))")
        }
        let sharedBytes = shared.reduce(0) { $0 + $1.key.count + $1.value.value.count }
        if sharedBytes > l.maxSharedDataBytes + 44 * ProgramGenerator.keys.count {
            violation("shared data holds \(sharedBytes) bytes (cap \(l.maxSharedDataBytes))")
        }
        var casSeen = Set<UInt32>()
        for (key, entry) in shared {
            if !casSeen.insert(entry.cas).inserted { violation("two shared-data keys share CAS token \(entry.cas)") }
            if let old = sharedSnapshot[key] {
                if entry.cas < old.cas { violation("CAS token of key \(key) went back from \(old.cas) to \(entry.cas)") }
                if entry.value != old.value && entry.cas == old.cas { violation("value of key \(key) changed without a new CAS token") }
            }
        }
        for key in sharedSnapshot.keys where shared[key] == nil { violation("shared-data key \(key) disappeared") }
        sharedSnapshot = shared
        // Queues and metrics.
        if host.queues.count > l.maxQueues { violation("\(host.queues.count) queues (cap \(l.maxQueues))") }
        var queueBytes = 0
        for (id, q) in host.queues {
            if q.items.count > l.maxQueueItems { violation("queue \(id) holds \(q.items.count) items (cap \(l.maxQueueItems))") }
            queueBytes += q.items.reduce(0) { $0 + $1.count }
        }
        if queueBytes > l.maxQueueBytes { violation("queues hold \(queueBytes) bytes (cap \(l.maxQueueBytes))") }
        if host.metrics.count > l.maxMetrics { violation("\(host.metrics.count) metrics (cap \(l.maxMetrics))") }
        for vm in vms {
            if vm.logs.count > l.maxLogEntries { violation("\(vm.logs.count) log entries (cap \(l.maxLogEntries))") }
            let logBytes = vm.logs.reduce(0) { $0 + $1.message.utf8.count }
            if logBytes > l.maxLogBytes { violation("\(logBytes) bytes of logs (cap \(l.maxLogBytes))") }
            if vm.trace.count > l.maxTraceEvents { violation("\(vm.trace.count) trace events (cap \(l.maxTraceEvents))") }
            if vm.pendingHTTPCalls.count > l.maxPendingCalls { violation("\(vm.pendingHTTPCalls.count) pending HTTP calls (cap \(l.maxPendingCalls))") }
            if vm.openGRPCCalls.count > l.maxPendingCalls { violation("\(vm.openGRPCCalls.count) open gRPC calls (cap \(l.maxPendingCalls))") }
            if vm.memoryPages > Int(vm.configuration.limits.maxMemoryPages) { violation("memory of \(vm.memoryPages) pages above the limit") }
        }
    }

    private func violation(_ text: String) {
        stats.violations += 1
        if notes.count < 30 { notes.append("episode \(episode): \(text)") }
        if verbose { FileHandle.standardError.write("VIOLATION episode \(episode): \(text)\n".data(using: .utf8)!) }
    }
}
