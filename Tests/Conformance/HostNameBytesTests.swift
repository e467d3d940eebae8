import Foundation
import MockHost
import XCTest

/// Names are bytes: Envoy keys shared queues and metrics by their raw bytes, so names that
/// differ only in bytes that are not valid UTF-8 must stay distinct (a lossy decode would
/// merge them).
final class HostNameBytesTests: XCTestCase {
    func testQueueAndMetricNamesAreComparedAsBytes() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent("fixtures/test_plugins/byte_names.wasm")))
        let host = MockHost()
        let vm = try host.loadPlugin(bytes)
        try vm.start()
        XCTAssertNil(vm.failure)
        XCTAssertEqual(host.queues.count, 2, "two queues")
        XCTAssertEqual(host.metrics.count, 2, "two metrics")
        XCTAssertEqual(Set(host.queues.keys).count, 2)
    }
}
