import FaultPlugins
import Foundation
import Interpreter
import MockHost

/// Fault reports for traps the conformance and expectation runs see, in exactly the format
/// of the fault catalogue's and the injection runs' dumps (`FaultReport`).
///
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
        var identity = PluginIdentity(file: plugin.file, bytes: [], module: nil, abiVersion: plugin.abiVersion, allocator: plugin.allocator)
        identity.sha256 = plugin.sha256
        identity.sdk = plugin.sdk
        let verdict = "contained: the trap stopped the plugin only (fail-\(policy.rawValue)); the check \(checkID) fails"
        return FaultReport.make(
            identity: identity,
            fault: .init(id: checkID, category: String(checkID.prefix { $0 != "." }), summary: summary,
                         expected: "no trap: a correct plugin completes this run"),
            callback: callback, trap: trap, refusal: nil, module: module, lastHostCalls: lastHostCalls,
            fuelUsed: fuelUsed, fuelLimit: limits.fuel, peakMemoryPages: peakMemoryPages, memoryCapPages: limits.maxMemoryPages,
            policy: policy, streamSaw: streamSaw,
            verdict: .init(contained: true, summary: verdict, checks: ["✗ \(checkID): the plugin trapped: \(trap.message) in \(callback)"]))
    }

    /// A file name for a check id (ASCII letters, digits and `._-=`; anything else `_`).
    static func fileName(_ id: String) -> String {
        String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-=".contains($0)) ? $0 : "_" })
    }
}
