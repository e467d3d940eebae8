import Foundation
import XCTest
import FaultPlugins

/// SHA-256 against the FIPS 180-4 / NIST example vectors and against `sha256sum`.
final class SHA256Tests: XCTestCase {
    private func digest(_ s: String) -> String { SHA256.hexDigest(Array(s.utf8)) }

    func testNISTVectors() {
        XCTAssertEqual(digest(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(digest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(digest("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
                       "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
        XCTAssertEqual(SHA256.hexDigest([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testRawDigestAndPaddingBoundaries() {
        let raw = SHA256.hash(Array("abc".utf8))
        XCTAssertEqual(raw.count, 32)
        XCTAssertEqual(Array(raw.prefix(4)), [0xBA, 0x78, 0x16, 0xBF])
        // Lengths around the one-block/two-block padding boundary (55, 56, 63, 64, 65 bytes).
        let expected: [Int: String] = [
            55: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
            56: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
            63: "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34",
            64: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
            65: "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0",
        ]
        for (length, hex) in expected {
            XCTAssertEqual(SHA256.hexDigest([UInt8](repeating: UInt8(ascii: "a"), count: length)), hex, "\(length) bytes")
        }
    }

    func testMatchesSha256sumOnAPluginBinary() throws {
        let tool = "/usr/bin/sha256sum"
        guard FileManager.default.isExecutableFile(atPath: tool) else { throw XCTSkip("no \(tool)") }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent("fixtures/header_filter/header_filter.wasm")
        guard FileManager.default.fileExists(atPath: file.path) else { throw XCTSkip("no \(file.path)") }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let expected = String(decoding: output, as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
        XCTAssertEqual(expected.count, 64)
        XCTAssertEqual(SHA256.hexDigest([UInt8](try Data(contentsOf: file))), expected)
    }

    func testTenMegabytes() {
        var bytes = [UInt8](repeating: 0, count: 10 << 20)
        for i in bytes.indices { bytes[i] = UInt8(truncatingIfNeeded: i &* 31 &+ i >> 9) }
        let start = Date()
        let hex = SHA256.hexDigest(bytes)
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(hex.count, 64)
        // Generous: debug builds are much slower than release ones.
        XCTAssertLessThan(elapsed, 30, "10 MB took \(elapsed) s")
    }
}
