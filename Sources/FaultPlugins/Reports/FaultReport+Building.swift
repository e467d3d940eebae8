import Interpreter
import MockHost

/// Information about the plugin file a report is about.
public struct PluginIdentity: Sendable {
    public var file: String
    public var sha256: String
    public var abiVersion: String?
    public var allocator: String?
    public var sdk: String

    public init(file: String, bytes: [UInt8], module: Module?, abiVersion: String? = nil, allocator: String? = nil) {
        self.file = file
        self.sha256 = SHA256.hexDigest(bytes)
        self.abiVersion = abiVersion
        self.allocator = allocator
        self.sdk = module.map(SDKDetection.guess) ?? "unknown (module did not decode)"
    }
}

extension FaultReport {
    /// Builds a report from its parts: the trap (if any) with its backtrace, the faulting
    /// instruction disassembled from `module`, the last host calls, budgets, the policy and
    /// what the stream saw, and the verdict. Every report of the product comes from here.
    public static func make(identity: PluginIdentity, fault: Fault, callback: String?, trap: Trap?, refusal: String?,
                            module: Module?, lastHostCalls: [TraceEvent], fuelUsed: UInt64, fuelLimit: UInt64?,
                            peakMemoryPages: Int, memoryCapPages: UInt64?, policy: FailurePolicy, streamSaw: String,
                            verdict: Verdict) -> FaultReport {
        var trapInfo: TrapInfo?
        var instructions: [InstructionLine] = []
        var memoryFault: MemoryFault?
        if let trap {
            trapInfo = TrapInfo(kind: trap.kind.identifier, message: trap.message,
                                backtrace: trap.backtrace.enumerated().map { Frame(index: $0.offset, function: $0.element.functionIndex, name: $0.element.name, offset: $0.element.offset) })
            if let module, let top = trap.backtrace.first, let context = module.instructionContext(at: top.offset, radius: 3) {
                instructions = context.instructions.enumerated().map {
                    InstructionLine(offset: $0.element.offset, text: $0.element.text, faulting: $0.offset == context.faultingIndex)
                }
            }
            if let access = trap.memoryAccess {
                memoryFault = MemoryFault(address: access.address, accessSize: access.length, memorySize: access.memorySize)
            }
        }
        let calls: [HostCall] = lastHostCalls.compactMap { event in
            if case .hostCall(let n, let a, let s) = event { return HostCall(function: n, arguments: a, status: s) }
            return nil
        }
        return FaultReport(
            plugin: Plugin(file: identity.file, sha256: identity.sha256, abiVersion: identity.abiVersion,
                           allocator: identity.allocator, sdk: identity.sdk),
            fault: fault, callback: callback, trap: trapInfo, refusal: refusal, instructions: instructions,
            memoryFault: memoryFault, lastHostCalls: calls,
            fuel: Budget(used: fuelUsed, limit: fuelLimit),
            memoryPages: Budget(used: UInt64(peakMemoryPages), limit: memoryCapPages),
            policy: Policy(applied: policy.rawValue, streamSaw: streamSaw),
            verdict: verdict)
    }

    /// Builds the report of a catalogue run (or an injection run described by `fault`).
    public static func make(identity: PluginIdentity, fault: Fault, policy: FailurePolicy,
                            observation o: FaultObservation, checks: [ContainmentCheck]) -> FaultReport {
        let vm = o.vm
        var refusal: String?
        if let e = o.loadError { refusal = "load refused: \(e)" }
        if let e = o.startError { refusal = "start refused: \(e)" }
        let streamSaw: String
        if let first = o.firstStream {
            if let local = first.localResponse {
                streamSaw = "local reply \(local.statusCode) \(local.details) (\(first.localResponseCount)×)"
            } else if first.failedByPolicy {
                streamSaw = "the stream continued without the plugin"
            } else {
                streamSaw = "the stream was served normally"
            }
        } else {
            streamSaw = o.loadError != nil || o.startError != nil ? "no stream: the plugin was not started (Envoy rejects its configuration)" : "no stream"
        }
        let contained = checks.allSatisfy(\.passed)
        let failed = checks.filter { !$0.passed }
        let verdict = Verdict(contained: contained,
                              summary: contained ? "contained" : "NOT contained: " + failed.map(\.detail).joined(separator: "; "),
                              checks: checks.map(\.description))
        var identity = identity
        identity.abiVersion = identity.abiVersion ?? vm?.abiVersion.rawValue
        identity.allocator = identity.allocator ?? vm?.allocatorName
        return make(identity: identity, fault: fault, callback: o.failedCallback, trap: o.trap, refusal: refusal,
                    module: vm?.module, lastHostCalls: o.failure?.lastHostCalls ?? vm.map { Array($0.trace.suffix(16)) } ?? [],
                    fuelUsed: o.failure?.fuelUsed ?? 0, fuelLimit: o.fuelBudget, peakMemoryPages: o.peakMemoryPages,
                    memoryCapPages: o.memoryCapPages, policy: policy, streamSaw: streamSaw, verdict: verdict)
    }

    /// The report of a catalogue run.
    public static func make(run: FaultRunner.Run) -> FaultReport {
        let bytes = (try? run.plugin.moduleBytes()) ?? []
        let identity = PluginIdentity(file: "\(run.plugin.id).wasm", bytes: bytes, module: run.observation.vm?.module ?? (try? Module(bytes: bytes)))
        let fault = Fault(id: run.plugin.id, category: run.plugin.category.rawValue, summary: run.plugin.summary, expected: run.plugin.expected.description)
        return make(identity: identity, fault: fault, policy: run.policy, observation: run.observation, checks: run.checks)
    }
}
