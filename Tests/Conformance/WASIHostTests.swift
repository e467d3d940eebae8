import Foundation
import Interpreter
@testable import MockHost
import XCTest

/// The WASI preview1 surface and the Emscripten `env` shims, checked against Envoy's
/// behaviour (proxy-wasm-cpp-host `src/exports.cc`, `src/wasm.cc`), with the WAT plugins in
/// fixtures/test_plugins (built by fixtures/test_plugins/build.sh).
final class WASIHostTests: XCTestCase {
    // MARK: Fixtures

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func plugin(_ name: String) throws -> [UInt8] {
        let url = packageRoot.appendingPathComponent("fixtures/test_plugins/\(name).wasm")
        return Array(try Data(contentsOf: url))
    }

    func load(_ name: String, host: MockHost = MockHost(), configure: (inout PluginConfiguration) -> Void = { _ in }) throws -> PluginVM {
        var configuration = PluginConfiguration()
        configure(&configuration)
        return try host.loadPlugin(try Self.plugin(name), configuration: configuration)
    }

    /// Calls an export of the plugin (outside any restricted phase) and returns its i32 result.
    @discardableResult
    func call(_ vm: PluginVM, _ name: String, _ args: [UInt32]) -> UInt32? {
        let outcome = vm.call(name, args, context: vm.rootContextID)
        if case .trapped(let trap) = outcome { XCTFail("\(name) trapped: \(trap.message)") }
        return outcome.value
    }

    func memory(_ vm: PluginVM) -> GuestMemory { vm.memoryView! }

    func u32(_ vm: PluginVM, _ address: UInt64) throws -> UInt32 { try memory(vm).loadUInt32(address: address) }
    func u64(_ vm: PluginVM, _ address: UInt64) throws -> UInt64 { try memory(vm).loadUInt64(address: address) }

    /// Writes iovecs for `parts` at `address` (the data follows the array) and returns the count.
    func writeIOVecs(_ vm: PluginVM, at address: UInt32, _ parts: [String]) throws -> UInt32 {
        var data = address + UInt32(parts.count * 8)
        for (i, part) in parts.enumerated() {
            let bytes = Array(part.utf8)
            try memory(vm).storeUInt32(data, address: UInt64(address) + UInt64(i * 8))
            try memory(vm).storeUInt32(UInt32(bytes.count), address: UInt64(address) + UInt64(i * 8 + 4))
            try memory(vm).write(bytes, address: UInt64(data))
            data += UInt32(bytes.count)
        }
        return UInt32(parts.count)
    }

    let outOfBounds: UInt32 = 0xFFFF_FF00

    // MARK: The function table

    static let preview1: [String: FunctionType] = {
        let i = ValueType.i32, l = ValueType.i64
        func f(_ p: [ValueType], _ r: [ValueType] = [.i32]) -> FunctionType { FunctionType(parameters: p, results: r) }
        return [
            "args_get": f([i, i]), "args_sizes_get": f([i, i]), "environ_get": f([i, i]), "environ_sizes_get": f([i, i]),
            "clock_res_get": f([i, i]), "clock_time_get": f([i, l, i]),
            "fd_advise": f([i, l, l, i]), "fd_allocate": f([i, l, l]), "fd_close": f([i]), "fd_datasync": f([i]),
            "fd_fdstat_get": f([i, i]), "fd_fdstat_set_flags": f([i, i]), "fd_fdstat_set_rights": f([i, l, l]),
            "fd_filestat_get": f([i, i]), "fd_filestat_set_size": f([i, l]), "fd_filestat_set_times": f([i, l, l, i]),
            "fd_pread": f([i, i, i, l, i]), "fd_prestat_get": f([i, i]), "fd_prestat_dir_name": f([i, i, i]),
            "fd_pwrite": f([i, i, i, l, i]), "fd_read": f([i, i, i, i]), "fd_readdir": f([i, i, i, l, i]),
            "fd_renumber": f([i, i]), "fd_seek": f([i, l, i, i]), "fd_sync": f([i]), "fd_tell": f([i, i]),
            "fd_write": f([i, i, i, i]),
            "path_create_directory": f([i, i, i]), "path_filestat_get": f([i, i, i, i, i]),
            "path_filestat_set_times": f([i, i, i, i, l, l, i]), "path_link": f([i, i, i, i, i, i, i]),
            "path_open": f([i, i, i, i, i, l, l, i, i]), "path_readlink": f([i, i, i, i, i, i]),
            "path_remove_directory": f([i, i, i]), "path_rename": f([i, i, i, i, i, i]),
            "path_symlink": f([i, i, i, i, i]), "path_unlink_file": f([i, i, i]),
            "poll_oneoff": f([i, i, i, i]), "proc_exit": f([i], []), "proc_raise": f([i]), "sched_yield": f([]),
            "random_get": f([i, i]),
            "sock_accept": f([i, i, i]), "sock_recv": f([i, i, i, i, i, i]), "sock_send": f([i, i, i, i, i]),
            "sock_shutdown": f([i, i]),
        ]
    }()

    func testEveryPreview1FunctionUnderBothModuleNamesWithExactTypes() {
        for version in ABIVersion.allCases {
            let specs = HostFunctionTable.all(for: version)
            for module in ["wasi_snapshot_preview1", "wasi_unstable"] {
                let wasi = specs.filter { $0.module == module }
                XCTAssertEqual(Set(wasi.map(\.name)), Set(Self.preview1.keys), "\(module) \(version)")
                XCTAssertEqual(wasi.count, Self.preview1.count, "no duplicates in \(module)")
                for spec in wasi {
                    XCTAssertEqual(spec.type, Self.preview1[spec.name], "\(module).\(spec.name)")
                    XCTAssertEqual(spec.family, .wasi)
                    XCTAssertTrue(spec.allowedDuringStart, "\(spec.name) during _initialize")
                    XCTAssertEqual(spec.allowedDuringAllocation, ["fd_write", "clock_time_get", "poll_oneoff"].contains(spec.name),
                                   "\(spec.name) during malloc")
                }
            }
            let env = Dictionary(uniqueKeysWithValues: specs.filter { $0.module == "env" && !$0.name.hasPrefix("proxy_") }.map { ($0.name, $0) })
            XCTAssertEqual(env["emscripten_notify_memory_growth"]?.type, FunctionType(parameters: [.i32], results: []))
            XCTAssertEqual(env["pthread_equal"]?.type, FunctionType(parameters: [.i32, .i32], results: [.i32]))
        }
    }

    // MARK: Instantiation

    func testSnapshotPreview1PluginRunsWASIInInitialize() throws {
        let host = MockHost()
        let vm = try load("wasi_plugin", host: host)
        XCTAssertNil(vm.failure)
        // environ_sizes_get, args_sizes_get → 0, 0
        XCTAssertEqual(try u32(vm, 2048), 0)
        XCTAssertEqual(try u32(vm, 2052), 0)
        XCTAssertEqual(try u32(vm, 2056), 0)
        XCTAssertEqual(try u32(vm, 2060), 0)
        XCTAssertEqual(try u32(vm, 2064), 0)
        XCTAssertEqual(try u32(vm, 2068), 0)
        // clock_time_get(realtime)
        XCTAssertEqual(try u32(vm, 2072), 0)
        XCTAssertEqual(try u64(vm, 2080), host.clock.realtimeNanoseconds)
        // random_get(16)
        XCTAssertEqual(try u32(vm, 2088), 0)
        XCTAssertNotEqual(try memory(vm).read(address: 2096, length: 16), [UInt8](repeating: 0, count: 16))
        // fd_fdstat_get(1): filetype 0, flags 0, rights_base FD_WRITE (64), inheriting 0
        XCTAssertEqual(try u32(vm, 2112), 0)
        XCTAssertEqual(try memory(vm).read(address: 2120, length: 24), [0, 0, 0, 0, 0, 0, 0, 0, 64] + [UInt8](repeating: 0, count: 15))
        // sched_yield, poll_oneoff (one clock event for userdata 42)
        XCTAssertEqual(try u32(vm, 2144), 0)
        XCTAssertEqual(try u32(vm, 2148), 0)
        XCTAssertEqual(try u32(vm, 2152), 1)
        XCTAssertEqual(try u64(vm, 2368), 42)
        XCTAssertEqual(try memory(vm).loadUInt8(address: 2376), 0, "event error")
        XCTAssertEqual(try memory(vm).loadUInt8(address: 2378), 0, "event type clock")
        // fd_write to stdout, environ_get, args_get
        XCTAssertEqual(try u32(vm, 2156), 0)
        XCTAssertEqual(try u32(vm, 2160), 12)
        XCTAssertEqual(try u32(vm, 2164), 0)
        XCTAssertEqual(try u32(vm, 2168), 0)
        XCTAssertEqual(vm.logs.map(\.description), ["[info] initialized"])
        // the trace shows the decoded arguments
        let writes = vm.trace.compactMap { event -> String? in
            if case .hostCall(name: "fd_write", let arguments, status: 0) = event { return arguments }
            return nil
        }
        XCTAssertEqual(writes.count, 1)
        XCTAssertTrue(writes[0].contains("stdout") && writes[0].contains("\"initialized\""), writes[0])
        try vm.start()
        XCTAssertEqual(vm.logMessages(.error), ["stderr line"])
    }

    func testWasiUnstablePluginInstantiates() throws {
        let host = MockHost()
        let vm = try load("wasi_unstable_plugin", host: host)
        XCTAssertNil(vm.failure)
        XCTAssertEqual(try u32(vm, 2048), 0)
        XCTAssertEqual(try u32(vm, 2052), 25)
        XCTAssertEqual(try u32(vm, 2056), 0)
        XCTAssertEqual(try u64(vm, 2064), host.clock.realtimeNanoseconds)
        XCTAssertEqual(try u32(vm, 2072), 0)
        XCTAssertEqual(try u32(vm, 2088), 0)
        XCTAssertEqual(try u32(vm, 2100), 8, "fd_prestat_get: EBADF, no preopens")
        XCTAssertEqual(vm.logs.map(\.description), ["[info] hello from wasi_unstable", "[trace] wasi_unstable proc_exit"])
        try vm.start()
    }

    func testGoLikePluginInstantiatesAndAllocatesWhileSleeping() throws {
        let vm = try load("go_like") { $0.setPluginConfiguration(#"{"go": true}"#) }
        XCTAssertEqual(vm.abiVersion, .v0_2_0)
        XCTAssertEqual(vm.allocatorName, "proxy_on_memory_allocate")
        XCTAssertNil(vm.failure)
        // proxy_on_configure makes the host call proxy_on_memory_allocate, which sleeps
        // (poll_oneoff) and reads the clock: both allowed in the allocator.
        try vm.start()
        XCTAssertNil(vm.failure)
        XCTAssertEqual(vm.logMessages(.info), ["go_like: runtime initialized", "go_like configured"])
        let calls = vm.trace.compactMap { event -> String? in
            if case .hostCall(let name, _, _) = event { return name }
            return nil
        }
        for name in ["fd_fdstat_set_flags", "fd_prestat_get", "poll_oneoff", "sched_yield", "random_get"] {
            XCTAssertTrue(calls.contains(name), name)
        }
    }

    // MARK: fd_write

    func testFdWriteLogsOneLinePerCallAtInfoOrError() throws {
        let vm = try load("wasi_plugin")
        let base = vm.logs.count
        let n = try writeIOVecs(vm, at: 4096, ["first\nsecond ", "part", "\n"])
        XCTAssertEqual(call(vm, "wasi_fd_write", [1, 4096, n, 5000]), 0)
        XCTAssertEqual(try u32(vm, 5000), 18)
        _ = try writeIOVecs(vm, at: 4096, ["to stderr"])
        XCTAssertEqual(call(vm, "wasi_fd_write", [2, 4096, 1, 5000]), 0)
        XCTAssertEqual(try u32(vm, 5000), 9)
        // an empty write logs nothing and reports 0 bytes; an empty iovec's pointer is not checked
        try memory(vm).storeUInt32(outOfBounds, address: 4096)
        try memory(vm).storeUInt32(0, address: 4100)
        try memory(vm).storeUInt32(77, address: 5000)
        XCTAssertEqual(call(vm, "wasi_fd_write", [1, 4096, 1, 5000]), 0)
        XCTAssertEqual(try u32(vm, 5000), 0)
        XCTAssertEqual(call(vm, "wasi_fd_write", [1, 4096, 0, 5000]), 0)
        // a lone newline gives an empty line, as in Envoy
        _ = try writeIOVecs(vm, at: 4096, ["\n"])
        XCTAssertEqual(call(vm, "wasi_fd_write", [1, 4096, 1, 5000]), 0)
        let entries = vm.logs[base...].map(\.description)
        XCTAssertEqual(entries, ["[info] first\nsecond part", "[error] to stderr", "[info] "])
    }

    func testFdWriteErrors() throws {
        let vm = try load("wasi_plugin")
        let base = vm.logs.count
        _ = try writeIOVecs(vm, at: 4096, ["x"])
        // other descriptors: EBADF, checked before memory
        for fd: UInt32 in [0, 3, 100, 0xFFFF_FFFF] {
            XCTAssertEqual(call(vm, "wasi_fd_write", [fd, 4096, 1, 5000]), 8, "fd \(fd)")
            XCTAssertEqual(call(vm, "wasi_fd_write", [fd, outOfBounds, 1, 5000]), 8, "fd \(fd)")
        }
        // the iovec array outside memory, or a huge iovs_len: EFAULT before anything is read
        XCTAssertEqual(call(vm, "wasi_fd_write", [1, outOfBounds, 1, 5000]), 21)
        XCTAssertEqual(call(vm, "wasi_fd_write", [1, 4096, 0xFFFF_FFFF, 5000]), 21)
        XCTAssertEqual(call(vm, "wasi_fd_write", [1, 4096, 0x2000_0000, 5000]), 21)
        XCTAssertEqual(call(vm, "wasi_fd_write", [1, UInt32(memory(vm).size - 4), 1, 5000]), 21)
        // an iovec whose buffer is outside memory (or wraps around 2^32)
        try memory(vm).storeUInt32(outOfBounds, address: 4096)
        try memory(vm).storeUInt32(0x1000, address: 4100)
        XCTAssertEqual(call(vm, "wasi_fd_write", [2, 4096, 1, 5000]), 21)
        try memory(vm).storeUInt32(0x10, address: 4096)
        try memory(vm).storeUInt32(0xFFFF_FFF8, address: 4100)
        XCTAssertEqual(call(vm, "wasi_fd_write", [2, 4096, 1, 5000]), 21)
        XCTAssertEqual(vm.logs.count, base, "nothing logged for a rejected write")
        // a bad nwritten pointer: EFAULT, after the line was logged (Envoy's order)
        _ = try writeIOVecs(vm, at: 4096, ["logged anyway"])
        XCTAssertEqual(call(vm, "wasi_fd_write", [1, 4096, 1, outOfBounds]), 21)
        XCTAssertEqual(vm.logs[base...].map(\.description), ["[info] logged anyway"])
        XCTAssertNil(vm.failure)
    }

    func testFdWriteCopiesAtMostTheGuestValueLimit() throws {
        var limits = HostLimits()
        limits.maxGuestValueBytes = 8
        let vm = try load("wasi_plugin", host: MockHost(limits: limits))
        let base = vm.logs.count
        let n = try writeIOVecs(vm, at: 4096, ["0123", "456789", "abcdef\n"])
        XCTAssertEqual(call(vm, "wasi_fd_write", [1, 4096, n, 5000]), 0)
        XCTAssertEqual(try u32(vm, 5000), 17, "every byte counts as written")
        XCTAssertEqual(vm.logs[base...].map(\.message), ["01234567…(truncated from 17 bytes)"])
    }

    // MARK: random_get

    func testRandomGetIsDeterministicPerSeed() throws {
        func bytes(seed: UInt64, count: UInt32 = 64) throws -> [UInt8] {
            let vm = try load("wasi_plugin") { $0.randomSeed = seed }
            XCTAssertEqual(call(vm, "wasi_random_get", [4096, count]), 0)
            return try memory(vm).read(address: 4096, length: UInt64(count))
        }
        let a = try bytes(seed: 1), b = try bytes(seed: 1), c = try bytes(seed: 2)
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a, c)
        XCTAssertGreaterThan(Set(a).count, 32, "looks random")
        // successive calls continue the stream
        let vm = try load("wasi_plugin") { $0.randomSeed = 1 }
        let initial = try memory(vm).read(address: 2096, length: 16) // _initialize took 16 bytes
        XCTAssertEqual(call(vm, "wasi_random_get", [4096, 7]), 0)
        XCTAssertEqual(call(vm, "wasi_random_get", [4103, 9]), 0)
        let fresh = try load("wasi_plugin") { $0.randomSeed = 1 }
        XCTAssertEqual(try memory(fresh).read(address: 2096, length: 16), initial)
        XCTAssertNotEqual(try memory(vm).read(address: 4096, length: 16), initial)
    }

    func testRandomGetLimitsAndBadBuffers() throws {
        let vm = try load("wasi_plugin")
        XCTAssertEqual(call(vm, "wasi_random_get", [4096, 65_536]), 0, "64 KiB is allowed")
        XCTAssertEqual(call(vm, "wasi_random_get", [4096, 65_537]), 28, "above 64 KiB: EINVAL")
        XCTAssertEqual(call(vm, "wasi_random_get", [outOfBounds, 0xFFFF_FFFF]), 28, "the size is checked first")
        XCTAssertEqual(call(vm, "wasi_random_get", [outOfBounds, 16]), 21)
        XCTAssertEqual(call(vm, "wasi_random_get", [UInt32(memory(vm).size - 8), 16]), 21)
        XCTAssertEqual(call(vm, "wasi_random_get", [outOfBounds, 0]), 0, "an empty request touches no memory")
    }

    // MARK: Clocks

    func testClockTimeGetReadsTheHostClock() throws {
        let host = MockHost()
        let vm = try load("wasi_plugin", host: host)
        try vm.start()
        XCTAssertEqual(try u64(vm, 2176), host.clock.monotonicNanoseconds, "monotonic read in proxy_on_vm_start")
        XCTAssertEqual(call(vm, "wasi_clock_time_get", [0, 4096]), 0)
        let before = try u64(vm, 4096)
        XCTAssertEqual(before, host.clock.realtimeNanoseconds)
        host.advanceClock(milliseconds: 1500)
        XCTAssertEqual(call(vm, "wasi_clock_time_get", [0, 4096]), 0)
        XCTAssertEqual(try u64(vm, 4096), before + 1_500_000_000)
        XCTAssertEqual(call(vm, "wasi_clock_time_get", [1, 4104]), 0)
        XCTAssertEqual(try u64(vm, 4104), host.clock.monotonicNanoseconds)
        // CPU-time clocks are not supported (ENOTSUP), a bad out-pointer is EFAULT
        XCTAssertEqual(call(vm, "wasi_clock_time_get", [2, 4096]), 58)
        XCTAssertEqual(call(vm, "wasi_clock_time_get", [3, 4096]), 58)
        XCTAssertEqual(call(vm, "wasi_clock_time_get", [0, outOfBounds]), 21)
        XCTAssertEqual(call(vm, "wasi_clock_time_get", [1, UInt32(memory(vm).size - 4)]), 21)
    }

    // MARK: Other functions

    func testProcExitLogsAndReturns() throws {
        let vm = try load("wasi_plugin")
        try vm.start()
        let base = vm.logs.count
        let stream = vm.openHTTPStream()
        let action = stream.sendRequestHeaders(HeaderMap([(":path", "/")]), endOfStream: true)
        XCTAssertEqual(action, .continue, "the callback went on after proc_exit")
        XCTAssertNil(vm.failure)
        XCTAssertEqual(vm.logs[base...].map(\.description),
                       ["[info] request headers", "[trace] wasi_unstable proc_exit", "[error] stderr line"])
        XCTAssertEqual(vm.call("wasi_proc_exit", [1], context: vm.rootContextID).value, nil)
        XCTAssertNil(vm.failure)
    }

    func testFdFdstatGet() throws {
        let vm = try load("wasi_plugin")
        try memory(vm).write([UInt8](repeating: 0xAA, count: 24), address: 4096)
        XCTAssertEqual(call(vm, "wasi_fd_fdstat_get", [2, 4096]), 0)
        XCTAssertEqual(try memory(vm).read(address: 4096, length: 24), [0, 0, 0, 0, 0, 0, 0, 0, 64] + [UInt8](repeating: 0, count: 15))
        XCTAssertEqual(call(vm, "wasi_fd_fdstat_get", [0, 4096]), 8, "stdin: EBADF")
        XCTAssertEqual(call(vm, "wasi_fd_fdstat_get", [3, 4096]), 8)
        // Envoy does not check the write of the struct
        XCTAssertEqual(call(vm, "wasi_fd_fdstat_get", [1, outOfBounds]), 0)
    }

    func testEnvironmentAndArgumentsBadPointers() throws {
        let vm = try load("wasi_plugin")
        XCTAssertEqual(call(vm, "wasi_environ_sizes_get", [outOfBounds, 4096]), 21)
        XCTAssertEqual(call(vm, "wasi_environ_sizes_get", [4096, outOfBounds]), 21)
        XCTAssertEqual(call(vm, "wasi_args_sizes_get", [outOfBounds, 4096]), 21)
        XCTAssertEqual(call(vm, "wasi_args_sizes_get", [4096, outOfBounds]), 21)
    }

    func testPollOneoff() throws {
        let host = MockHost()
        let vm = try load("wasi_plugin", host: host)
        let clock = host.clock.monotonicNanoseconds
        let m = memory(vm)
        func subscription(_ index: UInt64, userdata: UInt64, tag: UInt8, fdOrClock: UInt32) throws {
            let at = 4096 + index * 48
            try m.write([UInt8](repeating: 0, count: 48), address: at)
            try m.storeUInt64(userdata, address: at)
            try m.storeUInt8(tag, address: at + 8)
            try m.storeUInt32(fdOrClock, address: at + 16)
            try m.storeUInt64(5_000_000_000, address: at + 24) // a 5 s timeout for clocks
        }
        try subscription(0, userdata: 7, tag: 0, fdOrClock: 1)
        try subscription(1, userdata: 8, tag: 2, fdOrClock: 1)
        try subscription(2, userdata: 9, tag: 1, fdOrClock: 0)
        try m.write([UInt8](repeating: 0xAA, count: 96), address: 6000)
        XCTAssertEqual(call(vm, "wasi_poll_oneoff", [4096, 6000, 3, 5000]), 0)
        XCTAssertEqual(try u32(vm, 5000), 3)
        for (i, (userdata, error, type)) in [(UInt64(7), UInt8(0), UInt8(0)), (8, 0, 2), (9, 8, 1)].enumerated() {
            let event = 6000 + UInt64(i) * 32
            XCTAssertEqual(try m.loadUInt64(address: event), userdata)
            XCTAssertEqual(try m.loadUInt8(address: event + 8), error, "event \(i) error")
            XCTAssertEqual(try m.loadUInt8(address: event + 10), type, "event \(i) type")
            XCTAssertEqual(try m.loadUInt64(address: event + 16), 0, "event \(i) nbytes")
        }
        XCTAssertEqual(host.clock.monotonicNanoseconds, clock, "sleeping does not move the mock clock")
        XCTAssertEqual(call(vm, "wasi_poll_oneoff", [4096, 6000, 0, 5000]), 28, "no subscriptions: EINVAL")
        XCTAssertEqual(call(vm, "wasi_poll_oneoff", [outOfBounds, 6000, 1, 5000]), 21)
        XCTAssertEqual(call(vm, "wasi_poll_oneoff", [4096, outOfBounds, 1, 5000]), 21)
        XCTAssertEqual(call(vm, "wasi_poll_oneoff", [4096, 6000, 1, outOfBounds]), 21)
        XCTAssertEqual(call(vm, "wasi_poll_oneoff", [4096, 6000, 0x1000_0000, 5000]), 21)
        try subscription(0, userdata: 1, tag: 9, fdOrClock: 0)
        XCTAssertEqual(call(vm, "wasi_poll_oneoff", [4096, 6000, 1, 5000]), 28, "unknown event type: EINVAL")
    }

    // MARK: Restricted phases

    func testOnlyFdWriteClockAndPollMayRunInsideMalloc() throws {
        for (mode, name) in [(0, "nothing"), (1, "fd_write"), (2, "clock_time_get"), (3, "poll_oneoff"),
                             (7, "emscripten_notify_memory_growth")] {
            let vm = try load("wasi_malloc_plugin") { $0.setPluginConfiguration("configuration") }
            call(vm, "set_malloc_mode", [UInt32(mode)])
            XCTAssertNoThrow(try vm.start(), "\(name) inside malloc")
            XCTAssertNil(vm.failure, name)
            if mode == 1 { XCTAssertEqual(vm.logMessages(.info), ["in malloc"]) }
        }
        for (mode, name) in [(4, "random_get"), (5, "environ_sizes_get"), (6, "pthread_equal")] {
            let vm = try load("wasi_malloc_plugin") { $0.setPluginConfiguration("configuration") }
            call(vm, "set_malloc_mode", [UInt32(mode)])
            XCTAssertThrowsError(try vm.start(), name) { error in
                guard case PluginStartError.failed(callback: "proxy_on_configure", _) = error else {
                    return XCTFail("\(name): \(error)")
                }
            }
            let message = vm.failure?.trap.message ?? ""
            XCTAssertTrue(message.contains("restricted_callback"), "\(name): \(message)")
            XCTAssertTrue(message.contains(name), "\(name): \(message)")
            XCTAssertEqual(vm.failure?.callback, "proxy_on_configure")
        }
    }

    func testEmscriptenShims() throws {
        let vm = try load("wasi_malloc_plugin")
        XCTAssertEqual(call(vm, "call_pthread_equal", [5, 5]), 1)
        XCTAssertEqual(call(vm, "call_pthread_equal", [5, 6]), 0)
        XCTAssertEqual(call(vm, "call_pthread_equal", [0xFFFF_FFFF, 0xFFFF_FFFF]), 1)
        XCTAssertEqual(vm.call("call_notify_memory_growth", [0], context: vm.rootContextID).value, nil)
        XCTAssertNil(vm.failure)
    }
}
