import FaultPlugins
import Foundation
import Interpreter
import MockHost
import XCTest

/// The containment proof of every catalogue entry: for each one the runner shows that
/// 1. the host survives and the outcome is exactly the expected one;
/// 2. the failure stays inside (a healthy header-filter VM in the same host works before and
///    after, a bystander stream and the host's shared data are unchanged, host buffers stay
///    under their caps);
/// 3. the failure policy gives what Envoy would show and teardown callbacks are skipped;
/// 4. the limits bound the cost (fuel, memory pages, resident memory);
/// 5. a fresh instance of the same plugin behaves the same in the same host.
/// Every run writes its fault report (JSON and text) under .build/reports/sandbox/faults/.
final class ContainmentTests: XCTestCase {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static let runner: FaultRunner = {
        let bytes = (try? Data(contentsOf: packageRoot.appendingPathComponent("fixtures/header_filter/header_filter.wasm"))).map { [UInt8]($0) } ?? []
        return FaultRunner(healthyPlugin: bytes)
    }()

    static var reports: URL { packageRoot.appendingPathComponent(".build/reports/sandbox/faults") }

    /// Entries whose fault fires while streams are served: the policy shapes what they see.
    static let streamTriggers: Set<FaultTrigger> = [.requestHeaders, .requestBody, .responseHeaders, .contextCreate, .allocator, .httpCallResponse, .tick]

    /// Proves `category`: fail-closed with every property for each entry; fail-open and
    /// fail-reload too where the fault fires while streams are served.
    func prove(_ category: FaultCategory) throws {
        let entries = FaultCatalogue.entries(in: category)
        XCTAssertFalse(entries.isEmpty)
        for entry in entries {
            var policies: [FailurePolicy] = [.failClosed]
            if entry.expectsTrap && Self.streamTriggers.contains(entry.trigger) { policies += [.failOpen, .failReload] }
            for policy in policies {
                let run = Self.runner.run(entry, policy: policy, proveRecovery: policy == .failClosed)
                for check in run.failedChecks {
                    XCTFail("\(entry.id) [fail-\(policy.rawValue)]: \(check.property): \(check.detail)")
                }
                let report = FaultReport.make(run: run)
                XCTAssertEqual(report.verdict.contained, run.contained, entry.id)
                XCTAssertEqual(report.fault.id, entry.id)
                if case .trap = entry.expected {
                    XCTAssertNotNil(report.trap, "\(entry.id): the report names the trap")
                    XCTAssertFalse(report.trap?.backtrace.isEmpty ?? true, "\(entry.id): the report has a backtrace")
                }
                try report.write(to: Self.reports, name: "\(entry.id).\(policy.rawValue)")
            }
        }
    }

    func testMemoryFaultsAreContained() throws { try prove(.memory) }
    func testCPUFaultsAreContained() throws { try prove(.cpu) }
    func testStackFaultsAreContained() throws { try prove(.stack) }
    func testTrapsAreContained() throws { try prove(.traps) }
    func testHostAbuseIsContained() throws { try prove(.hostAbuse) }
    func testAllocatorFaultsAreContained() throws { try prove(.allocator) }
    func testABIFaultsAreRefused() throws { try prove(.abi) }
    func testMalformedModulesAreRefused() throws { try prove(.malformed) }

    /// A reviewer can read a dump without the source: it names the plugin, the trap, the
    /// backtrace, the faulting instruction in WAT, the memory access and the verdict.
    func testAReportIsReadableWithoutTheSource() throws {
        let entry = try XCTUnwrap(FaultCatalogue.entry("memory.oob_store"))
        let run = Self.runner.run(entry, policy: .failClosed, proveRecovery: false)
        let text = FaultReport.make(run: run).text
        XCTAssertTrue(text.contains("sha256:"), text)
        XCTAssertTrue(text.contains("trap:      out of bounds memory access"), text)
        XCTAssertTrue(text.contains("▶"), "the faulting instruction is marked:\n\(text)")
        XCTAssertTrue(text.contains("i32.store") || text.contains("i64.store"), text)
        XCTAssertTrue(text.contains("memory access: address"), text)
        XCTAssertTrue(text.contains("verdict: contained"), text)
        XCTAssertTrue(text.contains("503 wasm_fail_stream"), text)
    }
}
