import Foundation
import Interpreter
import MockHost
import XCTest

/// The bundled header filter through its whole lifecycle, and the exact callback order of
/// a root context, an HTTP stream, a TCP connection and a refused configuration.
final class LifecycleTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent(path)))
    }

    /// The callbacks (names) and host calls (names) of a trace, in order.
    static func steps(_ vm: PluginVM) -> [String] {
        vm.trace.compactMap { event in
            switch event {
            case .callback(let name, _, _, _): return name
            case .hostCall(let name, _, _): return "  " + name
            default: return nil
            }
        }
    }

    func testHeaderFilterLifecycleAddsTheHeaderAndTracesEveryStep() throws {
        let host = MockHost()
        var config = PluginConfiguration()
        config.setPluginConfiguration(#"{"header": "X-Wasm-Processed", "value": "Yes"}"#)
        let vm = try host.loadPlugin(try Self.fixture("fixtures/header_filter/header_filter.wasm"), configuration: config)
        XCTAssertEqual(vm.abiVersion, .v0_2_1)
        XCTAssertEqual(vm.allocatorName, "malloc", "Envoy's order: malloc before proxy_on_memory_allocate")
        try vm.start()
        let stream = vm.openHTTPStream()
        let request: HeaderMap = [":method": "GET", ":path": "/", ":authority": "example.com", "accept": "*/*"]
        XCTAssertEqual(stream.sendRequestHeaders(request, endOfStream: true), .continue)
        XCTAssertEqual(stream.sendResponseHeaders([":status": "200"], endOfStream: true), .continue)
        stream.complete()

        XCTAssertEqual(stream.requestHeaders.value("x-wasm-processed"), "Yes")
        XCTAssertEqual(stream.requestHeaders.pairs.map(\.0), [":method", ":path", ":authority", "accept", "x-wasm-processed"],
                       "other headers and their order are kept; the new one is appended, lower-cased")
        XCTAssertEqual(vm.logMessages(.info), ["adding header X-Wasm-Processed: Yes"])
        XCTAssertEqual(stream.state, .finished)
        XCTAssertEqual(Self.steps(vm), [
            "proxy_on_context_create", "proxy_on_vm_start", "proxy_on_configure", "  proxy_get_buffer_bytes",
            "proxy_on_context_create", "proxy_on_request_headers", "  proxy_log", "  proxy_add_header_map_value",
            "proxy_on_response_headers", "proxy_on_done", "proxy_on_log", "proxy_on_delete",
        ])
        XCTAssertNil(vm.failure)
        // Each step carries its arguments and fuel: the request headers callback got
        // (context 2, 4 headers, end of stream) and returned Continue.
        guard case .callback(_, let args, let result, let fuel)? = vm.trace.first(where: { $0.name == "proxy_on_request_headers" }) else {
            return XCTFail("no proxy_on_request_headers in the trace")
        }
        XCTAssertEqual(args, [UInt64(stream.contextID), 4, 1])
        XCTAssertEqual(result, 0)
        XCTAssertGreaterThan(fuel, 0)
    }

    func testDuplicatesAreKeptAndTheDefaultPairIsAdded() throws {
        let vm = try MockHost().loadPlugin(try Self.fixture("fixtures/header_filter/header_filter.wasm"))
        try vm.start()
        let stream = vm.openHTTPStream()
        var request = HeaderMap()
        request.add(":method", "GET")
        request.add("x-dup", "1")
        request.add("X-Dup", "2")
        stream.sendRequestHeaders(request, endOfStream: true)
        XCTAssertEqual(stream.requestHeaders.values("x-dup"), ["1", "2"])
        XCTAssertEqual(stream.requestHeaders.value("x-wasm-processed"), "Yes", "no configuration: the default pair")
        stream.complete()
    }

    func testRefusedConfigurationStopsTheStart() throws {
        var config = PluginConfiguration()
        config.setPluginConfiguration("{not json")
        let vm = try MockHost().loadPlugin(try Self.fixture("fixtures/header_filter/header_filter.wasm"), configuration: config)
        XCTAssertThrowsError(try vm.start()) { error in
            guard case PluginStartError.configureRefused = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(Self.steps(vm).filter { !$0.hasPrefix("  ") }, ["proxy_on_context_create", "proxy_on_vm_start", "proxy_on_configure"])
        XCTAssertFalse(vm.logMessages(.error).isEmpty, "the plugin says why")
        XCTAssertNil(vm.failure, "a refusal is not a trap")
    }

    func testTCPConnectionCallbackOrder() throws {
        let host = MockHost()
        host.linksHostFunctionsOfEveryABIVersion = true
        let vm = try host.loadPlugin(try Self.fixture("fixtures/abi_exerciser/abi_exerciser.wasm"))
        try vm.start()
        let connection = vm.openTCPConnection()
        connection.sendDownstreamData(Array("ping".utf8))
        connection.sendUpstreamData(Array("pong".utf8), endOfStream: true)
        connection.closeDownstream()
        connection.closeUpstream()
        connection.complete()
        let callbacks = Self.steps(vm).filter { !$0.hasPrefix("  ") }.drop { $0 != "proxy_on_context_create" }.dropFirst(3)
        XCTAssertEqual(Array(callbacks), [
            "proxy_on_context_create", "proxy_on_new_connection", "proxy_on_downstream_data", "proxy_on_upstream_data",
            "proxy_on_downstream_connection_close", "proxy_on_upstream_connection_close",
            "proxy_on_done", "proxy_on_log", "proxy_on_delete",
        ])
        XCTAssertEqual(connection.downstreamData, Array("ping".utf8))
        XCTAssertEqual(connection.upstreamData, Array("pong".utf8))
    }

    /// The spec's own example, corrected: {a: "1", b: "22"} is 29 bytes, and back.
    func testPairsSerializationRoundTripsByteForByte() {
        let map: HeaderMap = ["a": "1", "b": "22"]
        let bytes = PairsSerialization.serialize(map)
        XCTAssertEqual(bytes, [2, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0,
                               0x61, 0, 0x31, 0, 0x62, 0, 0x32, 0x32, 0])
        let back = PairsSerialization.deserialize(bytes)
        XCTAssertEqual(back?.map(\.0), [[0x61], [0x62]])
        XCTAssertEqual(back?.map(\.1), [[0x31], [0x32, 0x32]])
        XCTAssertEqual(PairsSerialization.deserialize([]).map(\.count), 0, "an empty buffer is an empty map")
        XCTAssertNil(PairsSerialization.deserialize(bytes + [0]), "trailing bytes are rejected (Envoy: an empty map)")
        XCTAssertNil(PairsSerialization.deserialize(Array(bytes.dropLast())), "a missing NUL is rejected")
    }
}
