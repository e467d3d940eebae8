import Interpreter

/// One host function call in progress: its arguments, bounds-checked access to the guest's
/// memory, and the guest allocator for returning data.
///
/// Guest pointers and lengths are u32 values widened to 64 bits before any check, so no
/// guest value can overflow or narrow badly; a bad one throws `MemoryAccessError`, which the
/// dispatcher turns into INVALID_MEMORY_ACCESS (proxy_*) or EFAULT (WASI).
struct HostCall {
    /// The VM answering the call. Unowned and unchecked: a `HostCall` lives only inside
    /// `PluginVM.dispatch`, which the VM itself runs.
    unowned(unsafe) let vm: PluginVM
    let caller: Caller
    let slots: UnsafeMutablePointer<UInt64>
    let name: String

    @inline(__always) func u32(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: slots[i]) }
    @inline(__always) func u64(_ i: Int) -> UInt64 { slots[i] }
    @inline(__always) func s32(_ i: Int) -> Int32 { Int32(truncatingIfNeeded: slots[i]) }

    var memory: GuestMemory {
        get throws {
            guard let m = vm.memoryView ?? caller.memory else {
                throw MemoryAccessError(address: 0, length: 0, memorySize: 0)
            }
            return m
        }
    }

    /// Reads `length` bytes at `pointer`.
    func read(_ pointer: UInt32, _ length: UInt32) throws -> [UInt8] {
        try memory.read(address: UInt64(pointer), length: UInt64(length))
    }

    func readString(_ pointer: UInt32, _ length: UInt32) throws -> String {
        try memory.readString(address: UInt64(pointer), length: UInt64(length))
    }

    func writeU32(_ value: UInt32, at pointer: UInt32) throws {
        try memory.storeUInt32(value, address: UInt64(pointer))
    }

    func writeU64(_ value: UInt64, at pointer: UInt32) throws {
        try memory.storeUInt64(value, address: UInt64(pointer))
    }

    func write(_ bytes: [UInt8], at pointer: UInt32) throws {
        try memory.write(bytes, address: UInt64(pointer))
    }

    /// Copies `bytes` into memory obtained from the guest's allocator and writes its address
    /// and length to the two out-pointers (Envoy's `copyToPointerSize`). Empty data is
    /// returned as (0, 0) without allocating.
    func returnBytes(_ bytes: [UInt8], pointerOut: UInt32, lengthOut: UInt32) throws {
        if bytes.isEmpty {
            try writeU32(0, at: pointerOut)
            try writeU32(0, at: lengthOut)
            return
        }
        let address = try vm.allocate(UInt64(bytes.count))
        try write(bytes, at: address)
        try writeU32(address, at: pointerOut)
        try writeU32(UInt32(truncatingIfNeeded: bytes.count), at: lengthOut)
    }

    /// Sets the decoded arguments shown in the trace (only built when tracing).
    func trace(_ text: @autoclosure () -> String) {
        if vm.tracesHostCalls { vm.hostCallTraceText = text() }
    }
}

/// The guest allocator returned 0 or a block outside memory.
struct AllocationFailure: Error {}

/// A host call that is not allowed in the current phase (`_initialize`, the allocator):
/// Envoy fails the VM ("restricted_callback").
struct RestrictedCallback: Error, CustomStringConvertible {
    var function: String
    var phase: String
    var description: String { "restricted_callback: \(function) called during \(phase)" }
}

/// Renders bytes for traces: printable text quoted, long values shortened.
func traceText(_ bytes: [UInt8], limit: Int = 64) -> String {
    let shown = bytes.prefix(limit)
    let printable = shown.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    var s = printable ? "\"" + String(decoding: shown, as: UTF8.self) + "\"" : "<\(bytes.count) bytes>"
    if printable && bytes.count > limit { s += "…(\(bytes.count) bytes)" }
    return s
}
