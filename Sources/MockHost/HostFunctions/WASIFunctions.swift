import Interpreter

/// The WASI preview1 surface Envoy (proxy-wasm-cpp-host) links, under both
/// `wasi_snapshot_preview1` and `wasi_unstable` with the same implementation
/// (`src/wasm.cc` registerCallbacks: `FOR_ALL_WASI_FUNCTIONS(_REGISTER_WASI_UNSTABLE)` and
/// `(_REGISTER_WASI_SNAPSHOT)`, both bound to `exports::wasi_unstable_<fn>`).
///
/// What each function does, following `src/exports.cc`:
///
/// | function | behaviour |
/// |---|---|
/// | `fd_write` | fd 1 → one INFO log line per call, fd 2 → one ERROR line; the iovecs are concatenated and **one** trailing `\n` is dropped (embedded newlines stay, nothing is buffered across calls; an empty write logs nothing); other fds → BADF; bad iovec array, iovec buffer or `nwritten` → EFAULT (`nwritten` is written after the log line, as Envoy does) |
/// | `fd_read` | ENOSYS |
/// | `fd_seek`, `fd_close` | log "wasi_unstable fd_seek" / "wasi_unstable fd_close" at trace (Envoy's `Context::error` is `ENVOY_LOG(trace, …)`) and return SUCCESS without writing anything |
/// | `fd_fdstat_get` | fd 1/2 → 24-byte fdstat {filetype 0, flags 0, rights_base 64 (FD_WRITE), inheriting 0}; Envoy ignores a failed write of that struct, so a bad pointer still gives SUCCESS; other fds → BADF |
/// | `fd_prestat_get` | BADF (no preopens: Go's and wasi-libc's preopen scans stop there) |
/// | `fd_prestat_dir_name` | ENOSYS |
/// | `path_open` | NOENT |
/// | `environ_sizes_get` | 0, 0 (the mock has no environment); EFAULT on a bad pointer |
/// | `environ_get`, `args_get` | SUCCESS, nothing written |
/// | `args_sizes_get` | 0, 0; EFAULT on a bad pointer |
/// | `clock_time_get` | 0 realtime, 1 monotonic, from `host.clock`; other ids → NOTSUP; EFAULT on a bad pointer |
/// | `clock_res_get` | 0/1 → 1 ns (the mock clock's resolution); other ids → NOTSUP (not in the cpp-host sources we could read: our choice) |
/// | `random_get` | len > 64 KiB → INVAL (`PROXY_WASM_HOST_WASI_RANDOM_GET_MAX_SIZE_BYTES`); len 0 → SUCCESS without touching memory; bad buffer → EFAULT. Bytes come from a splitmix64 generator seeded by `randomSeed`, one per VM |
/// | `poll_oneoff` | every subscription completes at once (clock subscriptions do not wait and do not move the mock clock; fd_write on 1/2 is ready; other fds get an event with BADF); 0 subscriptions → INVAL; bad arrays → EFAULT |
/// | `sched_yield` | SUCCESS |
/// | `proc_exit` | logs "wasi_unstable proc_exit" at trace and **returns** (no trap) |
/// | `fd_fdstat_set_flags` and every other function | ENOSYS (proxy-wasm-cpp-host#427: "these functions do not need to be implemented, but they must be present") |
///
/// Restricted phases (`src/wasm.cc` startVm, `include/proxy-wasm/wasm.h` allocMemory): all
/// WASI functions may run during `_initialize`/`_start`/`main`; while the host runs the
/// guest allocator only `fd_write`, `clock_time_get` and `poll_oneoff` may.
///
/// Registered: all 46 functions of `wasi_snapshot_preview1.witx`. The reference notes count 44
/// in the newest `FOR_ALL_WASI_FUNCTIONS` (proxy-wasm-cpp-host#533), which the stored sources
/// did not let us list; registering the whole preview1 surface can only let more plugins link.
enum WASIFunctions {
    /// Both names Envoy registers every function under.
    static let moduleNames = ["wasi_snapshot_preview1", "wasi_unstable"]
    /// `PROXY_WASM_HOST_WASI_RANDOM_GET_MAX_SIZE_BYTES` (`include/proxy-wasm/limits.h`).
    static let randomGetMaxBytes: UInt32 = 64 * 1024
    /// The most iovecs one `fd_write` reads (a guard of this host: Envoy has none, and Linux's
    /// IOV_MAX is 1024). More → INVAL.
    static let maxIOVecs: UInt32 = 1 << 20
    /// Functions allowed while the guest allocator runs.
    static let allowedDuringAllocation: Set<String> = ["fd_write", "clock_time_get", "poll_oneoff"]

    private struct Definition {
        let name: String
        let params: [ValueType]
        let results: [ValueType]
        let handler: (HostCall) throws -> UInt32?
    }

    static func specs(for version: ABIVersion) -> [HostFunctionSpec] {
        _ = version // WASI is linked whatever the ABI version.
        var specs: [HostFunctionSpec] = []
        for module in moduleNames {
            for d in definitions {
                specs.append(HostFunctionSpec(
                    module: module, name: d.name, type: FunctionType(parameters: d.params, results: d.results),
                    family: .wasi, allowedDuringStart: true,
                    allowedDuringAllocation: allowedDuringAllocation.contains(d.name), handler: d.handler))
            }
        }
        return specs
    }

    // MARK: Errno shorthands

    static let success = WASIErrno.success.rawValue
    static let badf = WASIErrno.badf.rawValue
    static let fault = WASIErrno.fault.rawValue
    static let inval = WASIErrno.inval.rawValue
    static let noent = WASIErrno.noent.rawValue
    static let nosys = WASIErrno.nosys.rawValue
    static let notsup = WASIErrno.notsup.rawValue

    // MARK: The table

    private static var definitions: [Definition] {
        let i32 = ValueType.i32, i64 = ValueType.i64
        func d(_ name: String, _ params: [ValueType], results: [ValueType] = [.i32],
               _ handler: @escaping (HostCall) throws -> UInt32?) -> Definition {
            Definition(name: name, params: params, results: results, handler: handler)
        }
        /// Present so plugins link; answers ENOSYS.
        func unsupported(_ name: String, _ params: [ValueType]) -> Definition {
            d(name, params) { call in
                call.trace((0..<params.count).map { "\(call.u64($0))" }.joined(separator: ", ") + " -> ENOSYS")
                return nosys
            }
        }
        return [
            // args, environment
            d("args_get", [i32, i32]) { call in
                call.trace("argv: \(call.u32(0)), argv_buf: \(call.u32(1)) (no arguments)")
                return success
            },
            d("args_sizes_get", [i32, i32]) { call in
                call.trace("argc: \(call.u32(0)), argv_buf_size: \(call.u32(1)) -> 0, 0")
                try call.writeU32(0, at: call.u32(0))
                try call.writeU32(0, at: call.u32(1))
                return success
            },
            d("environ_get", [i32, i32]) { call in
                call.trace("environ: \(call.u32(0)), environ_buf: \(call.u32(1)) (empty environment)")
                return success
            },
            d("environ_sizes_get", [i32, i32]) { call in
                call.trace("count: \(call.u32(0)), buf_size: \(call.u32(1)) -> 0, 0")
                try call.writeU32(0, at: call.u32(0))
                try call.writeU32(0, at: call.u32(1))
                return success
            },
            // clocks
            d("clock_res_get", [i32, i32]) { call in
                let id = call.u32(0)
                call.trace("clock: \(id), out: \(call.u32(1))")
                guard id == 0 || id == 1 else { return notsup }
                try call.writeU64(1, at: call.u32(1))
                return success
            },
            d("clock_time_get", [i32, i64, i32], clockTimeGet),
            // file descriptors
            unsupported("fd_advise", [i32, i64, i64, i32]),
            unsupported("fd_allocate", [i32, i64, i64]),
            d("fd_close", [i32]) { call in
                call.trace("fd: \(call.u32(0))")
                call.vm.log(.trace, "wasi_unstable fd_close")
                return success
            },
            unsupported("fd_datasync", [i32]),
            d("fd_fdstat_get", [i32, i32], fdFdstatGet),
            unsupported("fd_fdstat_set_flags", [i32, i32]),
            unsupported("fd_fdstat_set_rights", [i32, i64, i64]),
            unsupported("fd_filestat_get", [i32, i32]),
            unsupported("fd_filestat_set_size", [i32, i64]),
            unsupported("fd_filestat_set_times", [i32, i64, i64, i32]),
            unsupported("fd_pread", [i32, i32, i32, i64, i32]),
            d("fd_prestat_get", [i32, i32]) { call in
                call.trace("fd: \(call.u32(0)) -> EBADF (no preopens)")
                return badf
            },
            d("fd_prestat_dir_name", [i32, i32, i32]) { call in
                call.trace("fd: \(call.u32(0)), path: [\(call.u32(1)), +\(call.u32(2))] -> ENOSYS")
                return nosys
            },
            unsupported("fd_pwrite", [i32, i32, i32, i64, i32]),
            d("fd_read", [i32, i32, i32, i32]) { call in
                call.trace("fd: \(call.u32(0)), iovs: [\(call.u32(1)), ×\(call.u32(2))] -> ENOSYS (no reads)")
                return nosys
            },
            unsupported("fd_readdir", [i32, i32, i32, i64, i32]),
            unsupported("fd_renumber", [i32, i32]),
            d("fd_seek", [i32, i64, i32, i32]) { call in
                call.trace("fd: \(call.u32(0)), offset: \(Int64(bitPattern: call.u64(1))), whence: \(call.u32(2))")
                call.vm.log(.trace, "wasi_unstable fd_seek")
                return success
            },
            unsupported("fd_sync", [i32]),
            unsupported("fd_tell", [i32, i32]),
            d("fd_write", [i32, i32, i32, i32], fdWrite),
            // paths
            unsupported("path_create_directory", [i32, i32, i32]),
            unsupported("path_filestat_get", [i32, i32, i32, i32, i32]),
            unsupported("path_filestat_set_times", [i32, i32, i32, i32, i64, i64, i32]),
            unsupported("path_link", [i32, i32, i32, i32, i32, i32, i32]),
            d("path_open", [i32, i32, i32, i32, i32, i64, i64, i32, i32]) { call in
                call.trace("dirfd: \(call.u32(0)), path: [\(call.u32(2)), +\(call.u32(3))] -> ENOENT")
                return noent
            },
            unsupported("path_readlink", [i32, i32, i32, i32, i32, i32]),
            unsupported("path_remove_directory", [i32, i32, i32]),
            unsupported("path_rename", [i32, i32, i32, i32, i32, i32]),
            unsupported("path_symlink", [i32, i32, i32, i32, i32]),
            unsupported("path_unlink_file", [i32, i32, i32]),
            // scheduling, process, random
            d("poll_oneoff", [i32, i32, i32, i32], pollOneoff),
            d("proc_exit", [i32], results: []) { call in
                call.trace("code: \(call.u32(0)) (returns: Envoy does not trap)")
                call.vm.log(.trace, "wasi_unstable proc_exit")
                return nil
            },
            unsupported("proc_raise", [i32]),
            d("sched_yield", []) { call in
                call.trace("")
                return success
            },
            d("random_get", [i32, i32], randomGet),
            // sockets
            unsupported("sock_accept", [i32, i32, i32]),
            unsupported("sock_recv", [i32, i32, i32, i32, i32, i32]),
            unsupported("sock_send", [i32, i32, i32, i32, i32]),
            unsupported("sock_shutdown", [i32, i32]),
        ]
    }

    // MARK: Implementations

    /// `fd_write(fd, iovs, iovs_len, *nwritten)`: cpp-host `writevImpl` + `wasi_unstable_fd_write`.
    static func fdWrite(_ call: HostCall) throws -> UInt32? {
        let fd = call.u32(0), iovs = call.u32(1), count = call.u32(2), nwrittenOut = call.u32(3)
        call.trace("fd: \(fd), iovs: [\(iovs), ×\(count)], nwritten: \(nwrittenOut)")
        let level: LogLevel
        switch fd {
        case 1: level = .info
        case 2: level = .error
        default: return badf
        }
        let memory = try call.memory
        // The whole iovec array first, in 64-bit arithmetic: a huge iovs_len fails here, before
        // the host reads or allocates anything.
        guard memory.contains(address: UInt64(iovs), length: UInt64(count) * 8) else { return fault }
        guard count <= maxIOVecs else { return inval }
        let cap = UInt64(max(0, call.vm.host.limits.maxGuestValueBytes))
        var bytes: [UInt8] = []
        var total: UInt64 = 0
        for i in 0..<UInt64(count) {
            let entry = UInt64(iovs) + i * 8
            let buffer = try memory.loadUInt32(address: entry)
            let length = try memory.loadUInt32(address: entry + 4)
            // Envoy skips empty iovecs without looking at their pointer.
            guard length != 0 else { continue }
            guard memory.contains(address: UInt64(buffer), length: UInt64(length)) else { return fault }
            total += UInt64(length)
            let room = cap - min(cap, UInt64(bytes.count))
            if room > 0 {
                bytes += try memory.read(address: UInt64(buffer), length: min(UInt64(length), room))
            }
        }
        if total > 0 {
            var message: String
            if total > cap {
                message = String(decoding: bytes, as: UTF8.self) + "…(truncated from \(total) bytes)"
            } else {
                // One trailing newline is removed, as Envoy does.
                if bytes.last == 0x0A { bytes.removeLast() }
                message = String(decoding: bytes, as: UTF8.self)
            }
            call.trace("fd: \(fd) (\(fd == 1 ? "stdout" : "stderr")), \(count) iovecs, \(total) bytes: \(traceText(Array(message.utf8)))")
            call.vm.log(level, message)
        }
        try call.writeU32(UInt32(truncatingIfNeeded: total), at: nwrittenOut)
        return success
    }

    /// `clock_time_get(id, precision, *u64)`: realtime and monotonic from the host clock.
    static func clockTimeGet(_ call: HostCall) throws -> UInt32? {
        let id = call.u32(0), out = call.u32(2)
        let value: UInt64
        switch id {
        case 0: value = call.vm.host.clock.realtimeNanoseconds
        case 1: value = call.vm.host.clock.monotonicNanoseconds
        default:
            call.trace("clock: \(id), precision: \(call.u64(1)) -> ENOTSUP")
            return notsup
        }
        call.trace("clock: \(id == 0 ? "realtime" : "monotonic"), precision: \(call.u64(1)) -> \(value)")
        try call.writeU64(value, at: out)
        return success
    }

    /// `fd_fdstat_get(fd, *fdstat)`: only stdout and stderr exist.
    static func fdFdstatGet(_ call: HostCall) throws -> UInt32? {
        let fd = call.u32(0), out = call.u32(1)
        call.trace("fd: \(fd), out: \(out)")
        guard fd == 1 || fd == 2 else { return badf }
        var stat = [UInt8](repeating: 0, count: 24)
        stat[8] = 64 // fs_rights_base = __WASI_RIGHTS_FD_WRITE
        // cpp-host ignores the result of this write (`setMemory` unchecked): SUCCESS regardless.
        try? call.write(stat, at: out)
        return success
    }

    /// `random_get(buf, len)`: deterministic bytes from the VM's generator.
    static func randomGet(_ call: HostCall) throws -> UInt32? {
        let buffer = call.u32(0), length = call.u32(1)
        call.trace("buf: [\(buffer), +\(length)]")
        guard length <= randomGetMaxBytes else { return inval }
        guard length > 0 else { return success }
        let memory = try call.memory
        guard memory.contains(address: UInt64(buffer), length: UInt64(length)) else { return fault }
        let bytes = call.vm.wasiRandom.bytes(Int(length))
        try call.write(bytes, at: buffer)
        return success
    }

    /// `poll_oneoff(in, out, nsubscriptions, *nevents)`. Nothing can block in a proxy worker:
    /// every subscription becomes an event at once. A clock subscription does not move the
    /// mock clock (tests control time); Go's runtime `usleep` and netpoll just need SUCCESS.
    static func pollOneoff(_ call: HostCall) throws -> UInt32? {
        let input = call.u32(0), output = call.u32(1), count = call.u32(2), neventsOut = call.u32(3)
        call.trace("in: \(input), out: \(output), nsubscriptions: \(count), nevents: \(neventsOut)")
        guard count > 0 else { return inval }
        let memory = try call.memory
        // subscription: 48 bytes, event: 32 bytes (wasi_snapshot_preview1.witx).
        guard memory.contains(address: UInt64(input), length: UInt64(count) * 48),
              memory.contains(address: UInt64(output), length: UInt64(count) * 32),
              memory.contains(address: UInt64(neventsOut), length: 4) else { return fault }
        var summary: [String] = []
        for i in 0..<UInt64(count) {
            let sub = UInt64(input) + i * 48, event = UInt64(output) + i * 32
            let userdata = try memory.loadUInt64(address: sub)
            let tag = try memory.loadUInt8(address: sub + 8)
            var errno: UInt32 = success
            switch tag {
            case 0: // clock
                let clock = try memory.loadUInt32(address: sub + 16)
                if clock > 1 { errno = notsup }
                let timeout = try memory.loadUInt64(address: sub + 24)
                if summary.count < 8 { summary.append("clock \(clock) timeout \(timeout)") }
            case 1, 2: // fd_read, fd_write
                let fd = try memory.loadUInt32(address: sub + 16)
                if !(tag == 2 && (fd == 1 || fd == 2)) { errno = badf }
                if summary.count < 8 { summary.append("\(tag == 1 ? "fd_read" : "fd_write") \(fd)") }
            default:
                return inval
            }
            try memory.fill(0, address: event, length: 32)
            try memory.storeUInt64(userdata, address: event)
            try memory.storeUInt8(UInt8(errno), address: event + 8)
            try memory.storeUInt8(0, address: event + 9)
            try memory.storeUInt8(tag, address: event + 10)
        }
        try memory.storeUInt32(count, address: UInt64(neventsOut))
        call.trace("nsubscriptions: \(count) [\(summary.joined(separator: "; "))\(count > 8 ? "; …" : "")] -> \(count) events")
        return success
    }
}

/// `random_get`'s generator: splitmix64, seeded by `PluginConfiguration.randomSeed`, one per
/// VM, so a run is reproducible.
struct WASIRandomGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func bytes(_ count: Int) -> [UInt8] {
        var result = [UInt8]()
        result.reserveCapacity(count)
        while result.count < count {
            var word = next()
            for _ in 0..<min(8, count - result.count) {
                result.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
        }
        return result
    }
}
