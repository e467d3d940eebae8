/// A kernel module instantiated in one engine configuration.
struct KernelInstance {
    /// The kernel's `default_n()`.
    var defaultN: UInt32
    /// Calls `run(n)` and returns its checksum (signed).
    var run: (UInt32) throws -> Int64
    /// Fuel used by the last call, when the configuration meters fuel.
    var lastFuel: () -> UInt64?
    /// Fuel budget per call, when there is one.
    var fuelBudget: UInt64?
}

/// A module instantiated by the load benchmark (its `run` export, if any, to compare engines).
struct LoadedInstance {
    /// Functions defined by the module (not imported), when the engine says.
    var functionCount: Int?
    var run: ((UInt32) throws -> Int64)?
}

/// The host-call loop module, instantiated: each closure runs one callback of `count` iterations.
struct HostCallLoop {
    var withHostCalls: (UInt32) throws -> Void
    var baseline: (UInt32) throws -> Void
}

/// The four configurations every kernel runs in.
enum Configuration: String, CaseIterable {
    /// Ours, as the product runs it: fuel metering on, a finite budget, every limit on.
    case ours
    /// Ours with `EngineLimits.fuelMetering = false`.
    case oursNoFuel
    /// WasmKit's defaults: `Engine()` (no fuel metering).
    case wasmKit
    /// WasmKit with `EngineConfiguration(fuelMetering: true)` and a `store.fuel` budget.
    case wasmKitFuel

    var label: String {
        switch self {
        case .ours: return "ours"
        case .oursNoFuel: return "ours no-fuel"
        case .wasmKit: return "WasmKit"
        case .wasmKitFuel: return "WasmKit+fuel"
        }
    }

    func instantiate(_ bytes: [UInt8]) throws -> KernelInstance {
        switch self {
        case .ours: return try OurEngine.kernel(bytes, fuelMetering: true)
        case .oursNoFuel: return try OurEngine.kernel(bytes, fuelMetering: false)
        case .wasmKit: return try WasmKitEngine.kernel(bytes, fuelMetering: false)
        case .wasmKitFuel: return try WasmKitEngine.kernel(bytes, fuelMetering: true)
        }
    }
}

/// `items` rotated left by `by` (so each round starts with a different configuration).
func rotated<T>(_ items: [T], by: Int) -> [T] {
    guard !items.isEmpty else { return items }
    let k = by % items.count
    return Array(items[k...] + items[..<k])
}
