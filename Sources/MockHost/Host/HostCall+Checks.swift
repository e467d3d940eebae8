import Interpreter

/// Checks used by host functions that, like Envoy, validate every guest range before acting
/// on any of them.
extension HostCall {
    /// Whether every (pointer, length) range lies inside guest memory (64-bit arithmetic,
    /// so `ptr + len` cannot wrap). Reads nothing.
    func inBounds(_ ranges: (pointer: UInt32, length: UInt32)...) throws -> Bool {
        let memory = try self.memory
        for r in ranges where !memory.contains(address: UInt64(r.pointer), length: UInt64(r.length)) {
            return false
        }
        return true
    }

    /// Whether a guest value of `length` bytes is within what the host agrees to copy
    /// (`HostLimits.maxGuestValueBytes`).
    func withinCopyLimit(_ lengths: UInt32...) -> Bool {
        let cap = UInt64(max(0, vm.host.limits.maxGuestValueBytes))
        return lengths.allSatisfy { UInt64($0) <= cap }
    }

    /// Reads a "pairs" buffer already checked to be in bounds. Like cpp-host, a malformed
    /// buffer (or one beyond its 1 MiB limit) silently becomes an empty map.
    func readPairs(_ pointer: UInt32, _ length: UInt32) throws -> HeaderMap {
        var map = HeaderMap()
        guard UInt64(length) <= UInt64(PairsSerialization.maxBytes) else { return map }
        for (k, v) in PairsSerialization.deserialize(try read(pointer, length)) ?? [] { map.add(bytes: k, v) }
        return map
    }

    /// The root context of the effective context (0 when there is none).
    var effectiveRootContextID: UInt32 { vm.effectiveContext?.rootContextID ?? 0 }
}

extension PluginVM {
    /// The root context object of a context id, if it exists.
    func rootContext(of contextID: UInt32) -> RootContext? {
        guard let entry = contexts[contextID], case .root(let root)? = contexts[entry.rootContextID] else { return nil }
        return root
    }
}
