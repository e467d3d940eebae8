#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The raw state of a table, read directly by the executor. Elements are reference slots:
/// 0 is null, otherwise address + 1 (see `Value.slot`).
struct TableStorage {
    var elements: UnsafeMutablePointer<UInt64>
    var count: Int
    var capacity: Int
    var maxCount: Int
    var elementType: ValueType
}

/// A table of references, bounded by its declared maximum and `EngineLimits.maxTableElements`.
public final class TableInstance {
    let storage: UnsafeMutablePointer<TableStorage>
    public let type: TableType

    /// The store whose function addresses this table holds (set when first linked).
    weak var owner: StoreIdentity?

    /// Binds a table to the store that uses it; false when another store already does
    /// (function references are store addresses, meaningless in another store).
    func adopt(by store: Store) -> Bool {
        if let owner { return owner === store.identity }
        owner = store.identity
        return true
    }

    /// Creates a table of `type.limits.min` null elements.
    public convenience init(type: TableType, maxElements limit: UInt64) throws(InstantiationError) {
        try self.init(type: type, maxElements: limit, initialValue: 0)
    }

    init(type: TableType, maxElements limit: UInt64, initialValue: UInt64) throws(InstantiationError) {
        self.type = type
        let declaredMax = type.limits.max ?? UInt64(UInt32.max)
        let maxCount = Swift.min(declaredMax, limit)
        guard type.limits.min <= maxCount else {
            throw InstantiationError(.resourceLimit, "table minimum of \(type.limits.min) elements exceeds the limit of \(maxCount)")
        }
        let count = Int(type.limits.min)
        let capacity = Swift.max(count, 1)
        // calloc: a large table of nulls costs no resident memory until written.
        guard let raw = calloc(capacity, 8) else {
            throw InstantiationError(.resourceLimit, "cannot allocate a table of \(count) elements")
        }
        let elements = raw.bindMemory(to: UInt64.self, capacity: capacity)
        if initialValue != 0 { elements.initialize(repeating: initialValue, count: capacity) }
        storage = .allocate(capacity: 1)
        storage.initialize(to: TableStorage(elements: elements, count: count, capacity: capacity, maxCount: Int(maxCount), elementType: type.elementType))
    }

    deinit {
        free(storage.pointee.elements)
        storage.deallocate()
    }

    public var count: Int { storage.pointee.count }

    /// Grows by `delta` elements set to `value`; returns the old size or nil (table.grow's -1).
    func grow(by delta: UInt64, value: UInt64) -> Int? {
        let s = storage.pointee
        guard delta <= UInt64(s.maxCount), UInt64(s.count) + delta <= UInt64(s.maxCount) else { return nil }
        let newCount = s.count + Int(delta)
        if newCount > s.capacity {
            let newCapacity = Swift.min(Swift.max(newCount, s.capacity * 2), s.maxCount)
            guard let p = realloc(s.elements, newCapacity * 8) else { return nil }
            storage.pointee.elements = p.bindMemory(to: UInt64.self, capacity: newCapacity)
            storage.pointee.capacity = newCapacity
        }
        (storage.pointee.elements + s.count).initialize(repeating: value, count: Int(delta))
        storage.pointee.count = newCount
        return s.count
    }

    /// Reads an element (nil when out of bounds).
    public func element(at index: Int) -> Value? {
        guard index >= 0, index < count else { return nil }
        return Value(slot: storage.pointee.elements[index], type: type.elementType)
    }

    /// Writes an element; returns false when out of bounds, of the wrong type, or a reference
    /// the table's store cannot follow.
    @discardableResult
    public func setElement(_ value: Value, at index: Int) -> Bool {
        guard index >= 0, index < count, value.type == type.elementType else { return false }
        if case .funcref(let a?) = value {
            guard let owner, a >= 0, a < owner.functionCount else { return false }
        }
        if case .externref(let v?) = value, v == UInt64.max { return false }
        storage.pointee.elements[index] = value.slot
        return true
    }
}

/// A global variable. Its cell is stable, so the executor reads and writes it directly.
public final class GlobalInstance {
    /// Two slots, so a future v128 fits.
    let cell: UnsafeMutablePointer<UInt64>
    public let type: GlobalType

    /// The store whose function addresses this global may hold (set when first linked).
    weak var owner: StoreIdentity?

    func adopt(by store: Store) -> Bool {
        if let owner { return owner === store.identity }
        owner = store.identity
        return true
    }

    /// Creates a global. A funcref initial value must be null (a global holding a function
    /// reference gets one from Wasm code or `set` once linked to a store).
    public init(type: GlobalType, value: Value) {
        self.type = type
        cell = .allocate(capacity: 2)
        cell.initialize(repeating: 0, count: 2)
        if case .funcref(_?) = value { cell[0] = 0 } else if case .externref(UInt64.max?) = value { cell[0] = 0 } else { cell[0] = value.slot }
    }

    deinit { cell.deallocate() }

    /// The current value.
    public var value: Value {
        get { Value(slot: cell[0], type: type.valueType) }
    }

    /// Sets the value (embedder access; ignores mutability, checks the type and that a
    /// reference can be followed by the global's store).
    @discardableResult
    public func set(_ value: Value) -> Bool {
        guard value.type == type.valueType else { return false }
        if case .funcref(let a?) = value {
            guard let owner, a >= 0, a < owner.functionCount else { return false }
        }
        if case .externref(let v?) = value, v == UInt64.max { return false }
        cell[0] = value.slot
        return true
    }
}
