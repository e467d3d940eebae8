/// A function implemented in Swift that Wasm code can import and call.
///
/// The body receives a `Caller` (bounds-checked access to the calling instance's memory,
/// and the ability to call back into it) and the arguments; it returns the results. A body
/// that throws makes the calling Wasm code trap with `TrapKind.hostError` (a thrown `Trap`
/// is passed through unchanged).
public struct HostFunction {
    public let type: FunctionType
    let body: (Caller, UnsafeMutablePointer<UInt64>) throws -> Void

    /// A host function working on `Value`s.
    public init(type: FunctionType, _ body: @escaping (Caller, [Value]) throws -> [Value]) {
        self.type = type
        let params = type.parameters
        let results = type.results
        self.body = { caller, slots in
            var args: [Value] = []
            args.reserveCapacity(params.count)
            for (k, t) in params.enumerated() { args.append(Value(slot: slots[k], type: t)) }
            let values = try body(caller, args)
            guard values.count == results.count else {
                throw HostFunctionError("host function returned \(values.count) values, its type declares \(results.count)")
            }
            for (k, v) in values.enumerated() {
                guard v.type == results[k] else { throw HostFunctionError("host function returned \(v.type) for result \(k) of type \(results[k])") }
                slots[k] = v.slot
            }
        }
    }

    /// A host function working on raw 64-bit slots, for speed: on entry `slots[0..<p]`
    /// hold the arguments (i32 zero-extended, floats as bits); the body writes the results
    /// to `slots[0..<r]`. The buffer holds `max(p, r)` slots.
    public init(type: FunctionType, raw body: @escaping (Caller, UnsafeMutablePointer<UInt64>) throws -> Void) {
        self.type = type
        self.body = body
    }
}

/// A host function's own failure, reported as `TrapKind.hostError`.
public struct HostFunctionError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// What a host function knows about its call.
public struct Caller {
    /// The store executing the call.
    public let store: Store
    /// The calling instance's index in the store (-1 when invoked directly). An index, not an
    /// `Instance`, so a host call that never asks for it pays nothing for it.
    let instanceIndex: Int

    init(store: Store, instanceIndex: Int) {
        self.store = store
        self.instanceIndex = instanceIndex
    }

    /// The calling instance, or nil when the host function was invoked directly.
    public var instance: Instance? {
        instanceIndex >= 0 ? Instance(store: store, index: instanceIndex) : nil
    }

    /// The calling instance's memory 0, bounds-checked.
    public var memory: GuestMemory? {
        guard let instance else { return nil }
        return instance.memory?.view
    }
}
