import FaultPlugins
import Foundation
import Interpreter
import MockHost

/// Fault reports for traps the conformance and expectation runs see, in exactly the format
/// of the fault catalogue's and the injection runs' dumps (`FaultReport`).
///
/// `FaultReport` and `FaultObservation` have no public initializers, so the report is
/// written as JSON with the same keys and decoded back: the JSON and text dumps then come
/// from `FaultReport` itself.
enum TrapDump {
    /// The report of `failure` (a trap in `vm`), seen by the check `checkID`.
    static func report(plugin: PluginInfo, checkID: String, summary: String, failure: VMFailure, module: Module,
                       vm: PluginVM?, policy: FailurePolicy, limits: EngineLimits, streamSaw: String) -> FaultReport? {
        report(plugin: plugin, checkID: checkID, summary: summary, callback: failure.callback, trap: failure.trap,
               lastHostCalls: failure.lastHostCalls, fuelUsed: failure.fuelUsed, module: module,
               peakMemoryPages: vm?.peakMemoryPages ?? 0, policy: policy, limits: limits, streamSaw: streamSaw)
    }

    /// The report of a trap in `callback` (`VMFailure` has no public initializer, so a trap
    /// while loading comes here directly).
    static func report(plugin: PluginInfo, checkID: String, summary: String, callback: String, trap: Trap,
                       lastHostCalls: [TraceEvent], fuelUsed: UInt64, module: Module, peakMemoryPages: Int,
                       policy: FailurePolicy, limits: EngineLimits, streamSaw: String) -> FaultReport? {
        var instructions: [Mirror.InstructionLine] = []
        if let top = trap.backtrace.first, let context = module.instructionContext(at: top.offset, radius: 3) {
            instructions = context.instructions.enumerated().map {
                Mirror.InstructionLine(offset: $0.element.offset, text: $0.element.text, faulting: $0.offset == context.faultingIndex)
            }
        }
        let lastCalls = lastHostCalls.compactMap { event -> Mirror.HostCall? in
            if case .hostCall(let n, let a, let s) = event { return Mirror.HostCall(function: n, arguments: a, status: s) }
            return nil
        }
        let verdict = "contained: the trap stopped the plugin only (fail-\(policy.rawValue)); the check \(checkID) fails"
        let mirror = Mirror(
            plugin: .init(file: plugin.file, sha256: plugin.sha256, abiVersion: plugin.abiVersion, allocator: plugin.allocator, sdk: plugin.sdk),
            fault: .init(id: checkID, category: String(checkID.prefix { $0 != "." }), summary: summary,
                         expected: "no trap: a correct plugin completes this run"),
            callback: callback,
            trap: .init(kind: trap.kind.identifier, message: trap.message,
                        backtrace: trap.backtrace.enumerated().map { .init(index: $0.offset, function: $0.element.functionIndex, name: $0.element.name, offset: $0.element.offset) }),
            refusal: nil,
            instructions: instructions,
            memoryFault: trap.memoryAccess.map { .init(address: $0.address, accessSize: $0.length, memorySize: $0.memorySize) },
            lastHostCalls: lastCalls,
            fuel: .init(used: fuelUsed, limit: limits.fuel),
            memoryPages: .init(used: UInt64(peakMemoryPages), limit: limits.maxMemoryPages),
            policy: .init(applied: policy.rawValue, streamSaw: streamSaw),
            verdict: .init(contained: true, summary: verdict, checks: ["✗ \(checkID): the plugin trapped: \(trap.message) in \(callback)"]))
        guard let data = try? JSONEncoder().encode(mirror) else { return nil }
        return try? JSONDecoder().decode(FaultReport.self, from: data)
    }

    /// The JSON shape of `FaultReport`.
    struct Mirror: Encodable {
        struct Plugin: Encodable { var file: String; var sha256: String; var abiVersion: String?; var allocator: String?; var sdk: String }
        struct Fault: Encodable { var id: String; var category: String; var summary: String; var expected: String }
        struct Frame: Encodable { var index: Int; var function: Int; var name: String; var offset: Int }
        struct TrapInfo: Encodable { var kind: String; var message: String; var backtrace: [Frame] }
        struct InstructionLine: Encodable { var offset: Int; var text: String; var faulting: Bool }
        struct MemoryFault: Encodable { var address: UInt64; var accessSize: UInt64; var memorySize: UInt64 }
        struct HostCall: Encodable { var function: String; var arguments: String; var status: UInt32 }
        struct Budget: Encodable { var used: UInt64; var limit: UInt64? }
        struct Policy: Encodable { var applied: String; var streamSaw: String }
        struct Verdict: Encodable { var contained: Bool; var summary: String; var checks: [String] }
        var plugin: Plugin
        var fault: Fault
        var callback: String?
        var trap: TrapInfo?
        var refusal: String?
        var instructions: [InstructionLine]
        var memoryFault: MemoryFault?
        var lastHostCalls: [HostCall]
        var fuel: Budget
        var memoryPages: Budget
        var policy: Policy
        var verdict: Verdict
    }

    /// A file name for a dump of `id` (ids may contain `=`; anything but letters, digits,
    /// `.`, `-`, `_` and `=` becomes `_`).
    static func fileName(_ id: String) -> String {
        String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-=".contains($0)) ? $0 : "_" })
    }
}
