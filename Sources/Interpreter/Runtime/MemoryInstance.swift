#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The raw state of a linear memory, read directly by the executor.
struct MemoryStorage {
    /// Start of the memory. Stable for the memory's lifetime: the whole maximum size is
    /// reserved up front and pages are committed as the memory grows.
    var base: UnsafeMutableRawPointer
    /// Current size in bytes (pages × 65536).
    var byteCount: Int
    /// Largest size in pages this memory may reach (declared maximum and engine limit).
    var maxPages: Int
    /// Bytes of address space reserved.
    var reservedBytes: Int
    /// Whether `base` came from mmap (else from malloc).
    var isMapped: Bool
}

/// A linear memory: 64 KiB pages, bounded by its declared maximum and by
/// `EngineLimits.maxMemoryPages`.
///
/// The full maximum size is reserved as inaccessible address space when the memory is
/// created, and made accessible page by page as it grows. The memory therefore never moves,
/// growing never copies, and the process only pays (in resident memory) for pages in use.
public final class MemoryInstance {
    public static let pageSize = 65_536

    let storage: UnsafeMutablePointer<MemoryStorage>
    /// The memory's declared type (limits as declared or, for host memories, as created).
    public let type: MemoryType

    /// Creates a memory of `type.limits.min` pages. Fails when the minimum exceeds the
    /// cap or address space cannot be reserved.
    public init(type: MemoryType, maxPages limitPages: UInt64) throws(InstantiationError) {
        self.type = type
        let declaredMax = type.limits.max ?? 65_536
        let maxPages = Swift.min(declaredMax, limitPages, 65_536)
        guard type.limits.min <= maxPages else {
            throw InstantiationError(.resourceLimit, "memory minimum of \(type.limits.min) pages exceeds the limit of \(maxPages) pages")
        }
        let reserved = Int(maxPages) * MemoryInstance.pageSize
        let initial = Int(type.limits.min) * MemoryInstance.pageSize
        storage = UnsafeMutablePointer<MemoryStorage>.allocate(capacity: 1)
        // Reserve at least one page of address space so `base` is always valid.
        let reserveBytes = Swift.max(reserved, MemoryInstance.pageSize)
        var base: UnsafeMutableRawPointer?
        var mapped = false
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
        let p = mmap(nil, reserveBytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        if let p, p != MAP_FAILED {
            if initial > 0 && mprotect(p, initial, PROT_READ | PROT_WRITE) != 0 {
                munmap(p, reserveBytes)
            } else {
                base = p
                mapped = true
            }
        }
        #endif
        if base == nil {
            // Fallback: a zeroed allocation of the initial size, reallocated on growth.
            base = calloc(Swift.max(initial, 8), 1)
        }
        guard let base else {
            storage.deallocate()
            throw InstantiationError(.resourceLimit, "cannot reserve \(reserveBytes) bytes for a memory")
        }
        storage.initialize(to: MemoryStorage(base: base, byteCount: initial, maxPages: Int(maxPages), reservedBytes: mapped ? reserveBytes : Swift.max(initial, 8), isMapped: mapped))
    }

    deinit {
        let s = storage.pointee
        if s.isMapped {
            munmap(s.base, s.reservedBytes)
        } else {
            free(s.base)
        }
        storage.deallocate()
    }

    /// Current size in pages.
    public var pageCount: Int { storage.pointee.byteCount / MemoryInstance.pageSize }
    /// Current size in bytes.
    public var byteCount: Int { storage.pointee.byteCount }
    /// The largest size in pages this memory may reach.
    public var maxPages: Int { storage.pointee.maxPages }

    /// Grows by `delta` pages. Returns the previous size in pages, or nil (memory.grow's -1)
    /// when the result would exceed the maximum or cannot be committed.
    func grow(by delta: UInt64) -> Int? {
        let s = storage.pointee
        let oldPages = s.byteCount / MemoryInstance.pageSize
        guard delta <= UInt64(s.maxPages), UInt64(oldPages) + delta <= UInt64(s.maxPages) else { return nil }
        if delta == 0 { return oldPages }
        let newBytes = (oldPages + Int(delta)) * MemoryInstance.pageSize
        if s.isMapped {
            #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
            guard mprotect(s.base + s.byteCount, newBytes - s.byteCount, PROT_READ | PROT_WRITE) == 0 else { return nil }
            #endif
            storage.pointee.byteCount = newBytes
        } else {
            guard let p = realloc(s.base, newBytes) else { return nil }
            (p + s.byteCount).initializeMemory(as: UInt8.self, repeating: 0, count: newBytes - s.byteCount)
            storage.pointee.base = p
            storage.pointee.byteCount = newBytes
            storage.pointee.reservedBytes = newBytes
        }
        return oldPages
    }

    /// Grows by `delta` pages; returns the previous page count, or nil on failure.
    public func grow(pages delta: Int) -> Int? {
        guard delta >= 0 else { return nil }
        return grow(by: UInt64(delta))
    }

    /// A bounds-checked view for reading and writing this memory.
    public var view: GuestMemory { GuestMemory(memory: self) }
}

/// A bounds-checked window on a linear memory, given to host functions and embedders.
///
/// Every access checks `address + length <= size` in 64-bit arithmetic before touching any
/// byte; a bad guest pointer or length throws `MemoryAccessError` (which a host function can
/// turn into a status code) and never crashes. Views stay valid across `memory.grow`.
public struct GuestMemory {
    let memory: MemoryInstance

    init(memory: MemoryInstance) { self.memory = memory }

    /// Current size in bytes.
    public var size: Int { memory.storage.pointee.byteCount }

    /// Whether `[address, address + length)` lies inside the memory.
    @inline(__always)
    public func contains(address: UInt64, length: UInt64) -> Bool {
        let size = UInt64(memory.storage.pointee.byteCount)
        return address <= size && length <= size &- address
    }

    @inline(__always)
    func check(_ address: UInt64, _ length: UInt64) throws(MemoryAccessError) -> Int {
        guard contains(address: address, length: length) else {
            throw MemoryAccessError(address: address, length: length, memorySize: UInt64(size))
        }
        return Int(address)
    }

    /// Copies `length` bytes out of guest memory.
    public func read(address: UInt64, length: UInt64) throws(MemoryAccessError) -> [UInt8] {
        let start = try check(address, length)
        let base = memory.storage.pointee.base
        return Array(UnsafeRawBufferPointer(start: base + start, count: Int(length)))
    }

    /// Reads bytes as a (lossily decoded) UTF-8 string.
    public func readString(address: UInt64, length: UInt64) throws(MemoryAccessError) -> String {
        let start = try check(address, length)
        let base = memory.storage.pointee.base
        return String(decoding: UnsafeRawBufferPointer(start: base + start, count: Int(length)), as: UTF8.self)
    }

    /// Gives temporary read access to `length` bytes without copying.
    public func withBytes<R>(address: UInt64, length: UInt64, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        let start = try check(address, length)
        return try body(UnsafeRawBufferPointer(start: memory.storage.pointee.base + start, count: Int(length)))
    }

    /// Writes bytes into guest memory.
    public func write<C: Collection>(_ bytes: C, address: UInt64) throws(MemoryAccessError) where C.Element == UInt8 {
        let start = try check(address, UInt64(bytes.count))
        let destination = UnsafeMutableRawBufferPointer(start: memory.storage.pointee.base + start, count: bytes.count)
        destination.copyBytes(from: bytes)
    }

    public func loadUInt8(address: UInt64) throws(MemoryAccessError) -> UInt8 {
        let start = try check(address, 1)
        return memory.storage.pointee.base.load(fromByteOffset: start, as: UInt8.self)
    }

    public func loadUInt32(address: UInt64) throws(MemoryAccessError) -> UInt32 {
        let start = try check(address, 4)
        return UInt32(littleEndian: memory.storage.pointee.base.loadUnaligned(fromByteOffset: start, as: UInt32.self))
    }

    public func loadUInt64(address: UInt64) throws(MemoryAccessError) -> UInt64 {
        let start = try check(address, 8)
        return UInt64(littleEndian: memory.storage.pointee.base.loadUnaligned(fromByteOffset: start, as: UInt64.self))
    }

    public func storeUInt8(_ value: UInt8, address: UInt64) throws(MemoryAccessError) {
        let start = try check(address, 1)
        memory.storage.pointee.base.storeBytes(of: value, toByteOffset: start, as: UInt8.self)
    }

    public func storeUInt32(_ value: UInt32, address: UInt64) throws(MemoryAccessError) {
        let start = try check(address, 4)
        memory.storage.pointee.base.storeBytes(of: value.littleEndian, toByteOffset: start, as: UInt32.self)
    }

    public func storeUInt64(_ value: UInt64, address: UInt64) throws(MemoryAccessError) {
        let start = try check(address, 8)
        memory.storage.pointee.base.storeBytes(of: value.littleEndian, toByteOffset: start, as: UInt64.self)
    }

    /// Fills a range with one byte value.
    public func fill(_ value: UInt8, address: UInt64, length: UInt64) throws(MemoryAccessError) {
        let start = try check(address, length)
        (memory.storage.pointee.base + start).initializeMemory(as: UInt8.self, repeating: value, count: Int(length))
    }
}

/// A guest pointer or length outside the guest's memory.
public struct MemoryAccessError: Error, Hashable, Sendable, CustomStringConvertible {
    public var address: UInt64
    public var length: UInt64
    public var memorySize: UInt64

    public init(address: UInt64, length: UInt64, memorySize: UInt64) {
        self.address = address
        self.length = length
        self.memorySize = memorySize
    }

    public var description: String {
        "out of bounds memory access: [0x\(String(address, radix: 16)), +\(length)) in a memory of \(memorySize) bytes"
    }
}
