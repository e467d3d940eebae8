import Interpreter
import MockHost

/// Builds the programs the host-fuzzing plugin runs in its callbacks (format in
/// scripts/fuzz/gen_host_fuzzer.py): a blob of data at SCRATCH and a list of host calls
/// whose arguments are mostly well-formed (pointers to strings, keys, serialised pairs,
/// known tokens and context ids) and often hostile (out-of-bounds or wrapping pointers,
/// huge lengths, bad enums, corrupted serialisations).
struct ProgramGenerator {
    static let scratch: UInt32 = 0x10000
    static let outArea: UInt32 = 0x1200
    static let recordSize = 100
    static let internalOps = ["grow", "unreachable", "alloc_mode", "burn", "fill"]

    enum Family { case proxy, wasi, emscripten, `internal` }

    struct Op {
        var index: Int
        var module: String
        var name: String
        var parameters: [ValueType]
        var hasResult: Bool
        var family: Family
    }

    let ops: [Op]
    let importCount: Int

    /// Argument shapes of the proxy functions (one letter per argument or pair):
    /// e enum, P data (ptr, len), K shared-data key, Q queue name, U upstream, S serialised
    /// pairs, R property path, F foreign-function name, V iovec array (ptr, count), o
    /// out-pointer, c context id, t token or id, n number, i i64.
    static let shapes: [String: String] = [
        "proxy_log": "eP", "proxy_get_log_level": "o", "proxy_get_current_time_nanoseconds": "o",
        "proxy_set_tick_period_milliseconds": "n", "proxy_done": "", "proxy_set_effective_context": "c",
        "proxy_get_buffer_bytes": "ennoo", "proxy_set_buffer_bytes": "ennP", "proxy_get_buffer_status": "eoo",
        "proxy_get_header_map_size": "eo", "proxy_get_header_map_pairs": "eoo", "proxy_set_header_map_pairs": "eS",
        "proxy_get_header_map_value": "ePoo", "proxy_add_header_map_value": "ePP", "proxy_replace_header_map_value": "ePP",
        "proxy_remove_header_map_value": "eP", "proxy_continue_stream": "e", "proxy_close_stream": "e",
        "proxy_get_status": "ooo", "proxy_send_local_response": "nPPSn", "proxy_http_call": "USPSno",
        "proxy_grpc_call": "UPPSPno", "proxy_grpc_stream": "UPPSo", "proxy_grpc_send": "tPn", "proxy_grpc_cancel": "t",
        "proxy_grpc_close": "t", "proxy_set_shared_data": "KPn", "proxy_get_shared_data": "Kooo",
        "proxy_register_shared_queue": "Qo", "proxy_resolve_shared_queue": "PQo", "proxy_enqueue_shared_queue": "tP",
        "proxy_dequeue_shared_queue": "too", "proxy_get_property": "Roo", "proxy_set_property": "RP",
        "proxy_define_metric": "ePo", "proxy_record_metric": "ti", "proxy_increment_metric": "ti", "proxy_get_metric": "to",
        "proxy_call_foreign_function": "FPoo", "proxy_get_configuration": "oo",
        "fd_write": "nVo", "fd_read": "nVo", "random_get": "on", "clock_time_get": "eio", "args_get": "oo",
        "args_sizes_get": "oo", "environ_get": "oo", "environ_sizes_get": "oo", "clock_res_get": "eo",
        "fd_fdstat_get": "no", "fd_prestat_get": "no", "fd_prestat_dir_name": "nP", "poll_oneoff": "ooeo",
        "fd_seek": "nieo",
    ]

    static let keys = ["k0", "k1", "k2", "shared", "", "k\u{0}z", "ключ"]
    static let queueNames = ["q0", "q1", "jobs", ""]
    static let upstreams = ["upstream", "cluster", "outbound|80||upstream", "nope", ""]
    static let foreignNames = ["clear_route_cache", "fuzz_echo", "fuzz_fail", "unknown", "fuzz_program", ""]
    static let headerNames = [":path", ":method", ":status", ":authority", "x-a", "x-b", "content-length", "grpc-status", "X-Upper", ""]
    static let propertyPaths: [[String]] = [
        ["request", "path"], ["request", "headers"], ["request", "headers", "x-a"], ["response", "code"], ["plugin_name"],
        ["plugin_root_id"], ["plugin_vm_id"], ["node", "id"], ["source", "address"], ["connection", "id"], ["x", "y", "z"],
        ["request"], [""], ["filter_state", "k"], ["upstream", "port"], ["response", "code_details"],
    ]

    init(module: Module) {
        var ops: [Op] = []
        for (k, imp) in module.imports.enumerated() {
            guard case .function(let t) = imp.type else { continue }
            let family: Family = imp.module.hasPrefix("wasi") ? .wasi : (imp.name.hasPrefix("proxy_") ? .proxy : .emscripten)
            ops.append(Op(index: k, module: imp.module, name: imp.name, parameters: t.parameters, hasResult: !t.results.isEmpty, family: family))
        }
        importCount = ops.count
        for (j, name) in ProgramGenerator.internalOps.enumerated() {
            ops.append(Op(index: importCount + j, module: "internal", name: name, parameters: [.i32, .i32, .i32], hasResult: true, family: .internal))
        }
        self.ops = ops
    }

    /// What the program generator needs to know about the host right now.
    struct HostView {
        var memoryBytes: UInt32
        var contexts: [UInt32]
        var tokens: [UInt32]
    }

    /// Builds a program; `trapRate` in 1/1000 of ops that deliberately fail the VM.
    func program(_ r: inout FuzzRandom, view: HostView, result: UInt32, trapRate: Int) -> (bytes: [UInt8], ops: [Int]) {
        var blob = Blob()
        let count = r.smallSize(max: 48)
        var records: [UInt8] = []
        var chosen: [Int] = []
        records.reserveCapacity(count * ProgramGenerator.recordSize)
        for _ in 0..<count {
            let op = pickOp(&r, trapRate: trapRate)
            chosen.append(op.index)
            let args = arguments(op, &r, view: view, blob: &blob)
            append32(&records, UInt32(op.index))
            for j in 0..<12 { append64(&records, j < args.count ? args[j] : r.next()) }
        }
        var allocatorMode: UInt32 = 0
        if r.chance(1, in: 12) { allocatorMode = UInt32(1 + r.below(8)) }
        var out: [UInt8] = []
        append32(&out, result)
        append32(&out, allocatorMode)
        append32(&out, UInt32(blob.bytes.count))
        append32(&out, r.chance(1, in: 100) ? r.u32() : UInt32(count))
        out += blob.bytes
        out += records
        if r.chance(1, in: 200) && !out.isEmpty { out.removeLast(r.below(out.count)) }
        return (out, chosen)
    }

    private func pickOp(_ r: inout FuzzRandom, trapRate: Int) -> Op {
        let internalBase = importCount
        if r.below(1000) < trapRate {
            // unreachable, burn (fuel), fill (may trap), or an allocator mode that traps.
            return ops[internalBase + r.pick([1, 3, 4])]
        }
        if r.chance(1, in: 40) { return ops[internalBase + r.pick([0, 2])] }
        let op = ops[r.below(importCount)]
        // Favour proxy functions: re-pick a WASI/Emscripten function half the time.
        if op.family != .proxy && r.chance(1, in: 2) { return ops[r.below(importCount)] }
        return op
    }

    // MARK: Arguments

    struct Blob {
        var bytes: [UInt8] = []

        /// Appends data (8-aligned) and returns its guest address.
        mutating func add(_ data: [UInt8]) -> UInt32 {
            while bytes.count % 8 != 0 { bytes.append(0) }
            guard bytes.count + data.count <= 0xF000 else { return ProgramGenerator.scratch }
            let at = ProgramGenerator.scratch + UInt32(bytes.count)
            bytes += data
            return at
        }
    }

    func hostileU32(_ r: inout FuzzRandom, view: HostView) -> UInt32 {
        let m = view.memoryBytes
        return r.pick([0, 1, 0xFFFF_FFFF, 0xFFFF_FFFE, 0x7FFF_FFFF, 0x8000_0000, m, m &- 1, m &- 4, m &+ 1, 0xFFFF_FF00,
                       ProgramGenerator.scratch, 0x1000, 32 << 16, r.u32(), UInt32(r.below(256))])
    }

    func hostilePair(_ r: inout FuzzRandom, view: HostView, valid: UInt32) -> (UInt32, UInt32) {
        let m = view.memoryBytes
        switch r.below(8) {
        case 0: return (m &- 2, 8)
        case 1: return (0xFFFF_FFF0, 0x20)
        case 2: return (valid, 0xFFFF_FFFF)
        case 3: return (0, 0)
        case 4: return (m, 0)
        case 5: return (m &+ 1, 0)
        case 6: return (valid, m)
        default: return (hostileU32(&r, view: view), hostileU32(&r, view: view))
        }
    }

    func text(_ r: inout FuzzRandom) -> [UInt8] {
        switch r.below(6) {
        case 0: return []
        case 1: return r.bytes(r.smallSize(max: 2048))
        case 2: return Array(String(repeating: "a", count: r.smallSize(max: 5000)).utf8)
        case 3: return Array((r.pick(ProgramGenerator.headerNames) + r.pick(["", "1", "value", "\u{0}", "é"])).utf8)
        default: return Array("v\(r.below(100))".utf8)
        }
    }

    func pairs(_ r: inout FuzzRandom) -> [UInt8] {
        var p: [([UInt8], [UInt8])] = []
        for _ in 0..<r.smallSize(max: 200) {
            p.append((Array(r.pick(ProgramGenerator.headerNames).utf8), text(&r).prefix(64).map { $0 }))
        }
        var bytes = PairsSerialization.serialize(p)
        if r.chance(1, in: 4) && !bytes.isEmpty {
            // Corrupt: huge count, wrong lengths, truncation, missing NUL.
            switch r.below(4) {
            case 0: bytes.replaceSubrange(0..<min(4, bytes.count), with: [0xFF, 0xFF, 0xFF, r.chance(1, in: 2) ? 0x7F : 0x00])
            case 1: if bytes.count > 8 { bytes[4 + r.below(4)] = 0xFF }
            case 2: bytes.removeLast(1 + r.below(bytes.count))
            default: bytes[r.below(bytes.count)] ^= 0xFF
            }
        }
        return bytes
    }

    func arguments(_ op: Op, _ r: inout FuzzRandom, view: HostView, blob: inout Blob) -> [UInt64] {
        if op.family == .internal {
            switch op.name {
            case "grow": return [UInt64(r.pick([0, 1, 2, 0xFFFF_FFFF, UInt32(r.below(40))]))]
            case "alloc_mode": return [UInt64(r.below(9))]
            case "burn": return [UInt64(r.pick([10, 1_000, 100_000, 0xFFFFF]))]
            default:
                let m = view.memoryBytes
                return [UInt64(r.pick([ProgramGenerator.scratch, m &- 8, m, 0x30000])), UInt64(r.byte()), UInt64(r.pick([0, 8, 16, 0x10000]))]
            }
        }
        // A fully random argument list now and then.
        if r.chance(1, in: 10) {
            return op.parameters.map { $0 == .i64 ? r.next() : UInt64(hostileU32(&r, view: view)) }
        }
        guard let shape = ProgramGenerator.shapes[op.name] else {
            return op.parameters.map { $0 == .i64 ? r.next() : UInt64(r.chance(1, in: 2) ? UInt32(r.below(16)) : hostileU32(&r, view: view)) }
        }
        var args: [UInt64] = []
        func pair(_ data: [UInt8], _ r: inout FuzzRandom) {
            let at = blob.add(data)
            if r.chance(1, in: 8) {
                let (p, l) = hostilePair(&r, view: view, valid: at)
                args += [UInt64(p), UInt64(l)]
            } else {
                args += [UInt64(at), UInt64(data.count)]
            }
        }
        for letter in shape {
            let hostile = r.chance(1, in: 12)
            switch letter {
            case "e": args.append(UInt64(hostile ? hostileU32(&r, view: view) : UInt32(r.below(10))))
            case "P": pair(text(&r), &r)
            case "K": pair(Array(r.pick(ProgramGenerator.keys).utf8), &r)
            case "Q": pair(Array(r.pick(ProgramGenerator.queueNames).utf8), &r)
            case "U": pair(Array(r.pick(ProgramGenerator.upstreams).utf8), &r)
            case "F": pair(Array(r.pick(ProgramGenerator.foreignNames).utf8), &r)
            case "S": pair(pairs(&r), &r)
            case "R":
                let path = r.pick(ProgramGenerator.propertyPaths).map { Array($0.utf8) }
                var bytes: [UInt8] = []
                for (k, s) in path.enumerated() { bytes += s; if k < path.count - 1 || r.chance(1, in: 4) { bytes.append(0) } }
                pair(bytes, &r)
            case "V":
                // An iovec array: (ptr, len) u32 pairs pointing at data in the blob.
                var iov: [UInt8] = []
                let n = r.smallSize(max: 16)
                for _ in 0..<n {
                    let data = text(&r)
                    let at = blob.add(data)
                    let (p, l) = r.chance(1, in: 8) ? hostilePair(&r, view: view, valid: at) : (at, UInt32(data.count))
                    append32(&iov, p)
                    append32(&iov, l)
                }
                let at = blob.add(iov)
                args += [UInt64(at), UInt64(hostile ? hostileU32(&r, view: view) : UInt32(n))]
            case "o":
                let cell = ProgramGenerator.outArea + UInt32(8 * r.below(64))
                args.append(UInt64(hostile ? hostileU32(&r, view: view) : (r.chance(1, in: 20) ? 0 : cell)))
            case "c":
                args.append(UInt64(hostile || view.contexts.isEmpty ? hostileU32(&r, view: view) : r.pick(view.contexts)))
            case "t":
                args.append(UInt64(hostile || view.tokens.isEmpty ? UInt32(r.below(8)) : r.pick(view.tokens)))
            case "i":
                args.append(r.pick([0, 1, UInt64.max, UInt64(Int64.max), 1 << 63, UInt64(r.below(1000)), r.next()]))
            default: // "n"
                args.append(UInt64(hostile ? hostileU32(&r, view: view) : r.pick([0, 1, 200, 403, 503, 1000, UInt32(r.below(100_000))])))
            }
        }
        return args
    }
}

@inline(__always) func append32(_ out: inout [UInt8], _ v: UInt32) {
    out.append(UInt8(truncatingIfNeeded: v)); out.append(UInt8(truncatingIfNeeded: v >> 8))
    out.append(UInt8(truncatingIfNeeded: v >> 16)); out.append(UInt8(truncatingIfNeeded: v >> 24))
}

@inline(__always) func append64(_ out: inout [UInt8], _ v: UInt64) {
    append32(&out, UInt32(truncatingIfNeeded: v))
    append32(&out, UInt32(truncatingIfNeeded: v >> 32))
}
