import Interpreter
import MockHost

/// A fault report for security review: everything a reviewer needs to judge one contained
/// (or not contained) failure without the plugin's source. Written as JSON and as text.
public struct FaultReport: Codable, Sendable {
    public struct Plugin: Codable, Sendable {
        public var file: String
        public var sha256: String
        public var abiVersion: String?
        public var allocator: String?
        public var sdk: String
    }

    public struct Fault: Codable, Sendable {
        /// Catalogue id, or the injection applied (e.g. `host-call.proxy_get_header_map_value=NOT_FOUND`).
        public var id: String
        public var category: String
        public var summary: String
        public var expected: String

        public init(id: String, category: String, summary: String, expected: String) {
            self.id = id
            self.category = category
            self.summary = summary
            self.expected = expected
        }
    }

    public struct Frame: Codable, Sendable {
        public var index: Int
        public var function: Int
        public var name: String
        public var offset: Int
    }

    public struct TrapInfo: Codable, Sendable {
        public var kind: String
        public var message: String
        public var backtrace: [Frame]
    }

    public struct InstructionLine: Codable, Sendable {
        public var offset: Int
        public var text: String
        public var faulting: Bool
    }

    public struct MemoryFault: Codable, Sendable {
        public var address: UInt64
        public var accessSize: UInt64
        public var memorySize: UInt64
    }

    public struct HostCall: Codable, Sendable {
        public var function: String
        public var arguments: String
        public var status: UInt32
    }

    public struct Budget: Codable, Sendable {
        public var used: UInt64
        public var limit: UInt64?
    }

    public struct Policy: Codable, Sendable {
        public var applied: String
        public var streamSaw: String
    }

    public struct Verdict: Codable, Sendable {
        public var contained: Bool
        public var summary: String
        public var checks: [String]

        public init(contained: Bool, summary: String, checks: [String]) {
            self.contained = contained
            self.summary = summary
            self.checks = checks
        }
    }

    public var plugin: Plugin
    public var fault: Fault
    /// The callback (or phase) that failed, if anything failed.
    public var callback: String?
    public var trap: TrapInfo?
    /// Load or start refusal, when the plugin was refused.
    public var refusal: String?
    /// The faulting instruction in WAT syntax, with its neighbours.
    public var instructions: [InstructionLine]
    public var memoryFault: MemoryFault?
    /// The last host calls before the failure (oldest first).
    public var lastHostCalls: [HostCall]
    public var fuel: Budget
    public var memoryPages: Budget
    public var policy: Policy
    public var verdict: Verdict
}
