/// The header-map functions: get/add/replace/remove a value, get/set all pairs, size.
///
/// As Envoy: keys are lower-cased; an unknown map type is BAD_ARGUMENT, and so is a map
/// that is not available in this context and phase (except `get_header_map_pairs`, which
/// returns an empty map); malformed pairs passed to `set_header_map_pairs` become an empty
/// map with OK.
enum HeaderMapFunctions {
    static func mapType(_ raw: UInt32) -> MapType? { MapType(rawValue: raw) }

    static func specs(for version: ABIVersion) -> [HostFunctionSpec] {
        let i32s = HostFunctionTable.i32s
        var specs: [HostFunctionSpec] = [
            HostFunctionTable.proxy("proxy_get_header_map_value", i32s(5)) { call in
                let raw = call.u32(0)
                call.trace("map: \(raw), key: [\(call.u32(1)), +\(call.u32(2))]")
                guard let type = mapType(raw) else { return ProxyStatus.badArgument.rawValue }
                let key = try call.read(call.u32(1), call.u32(2))
                call.trace("map: \(type), key: \(traceText(key))")
                guard let map = call.vm.headerMap(type) else { return ProxyStatus.badArgument.rawValue }
                guard let value = map.value(bytes: key) else {
                    // ABI 0.1.0 answered OK with an empty value.
                    if call.vm.abiVersion == .v0_1_0 {
                        try call.returnBytes([], pointerOut: call.u32(3), lengthOut: call.u32(4))
                        return ProxyStatus.ok.rawValue
                    }
                    return ProxyStatus.notFound.rawValue
                }
                try call.returnBytes(value, pointerOut: call.u32(3), lengthOut: call.u32(4))
                return ProxyStatus.ok.rawValue
            },
            HostFunctionTable.proxy("proxy_add_header_map_value", i32s(5)) { call in
                try modify(call, name: "add") { map, key, value in map.add(bytes: key, value) }
            },
            HostFunctionTable.proxy("proxy_replace_header_map_value", i32s(5)) { call in
                try modify(call, name: "replace") { map, key, value in map.replace(bytes: key, value) }
            },
            HostFunctionTable.proxy("proxy_remove_header_map_value", i32s(3)) { call in
                let raw = call.u32(0)
                call.trace("map: \(raw), key: [\(call.u32(1)), +\(call.u32(2))]")
                guard let type = mapType(raw) else { return ProxyStatus.badArgument.rawValue }
                let key = try call.read(call.u32(1), call.u32(2))
                call.trace("map: \(type), key: \(traceText(key))")
                guard call.vm.modifyHeaderMap(type, { $0.remove(bytes: key) }) != nil else { return ProxyStatus.badArgument.rawValue }
                return ProxyStatus.ok.rawValue
            },
            HostFunctionTable.proxy("proxy_get_header_map_pairs", i32s(3)) { call in
                let raw = call.u32(0)
                call.trace("map: \(raw)")
                guard let type = mapType(raw) else { return ProxyStatus.badArgument.rawValue }
                let map = call.vm.headerMap(type) ?? HeaderMap()
                call.trace("map: \(type) (\(map.count) pairs)")
                let bytes = map.isEmpty ? [] : PairsSerialization.serialize(map)
                try call.returnBytes(bytes, pointerOut: call.u32(1), lengthOut: call.u32(2))
                return ProxyStatus.ok.rawValue
            },
            HostFunctionTable.proxy("proxy_set_header_map_pairs", i32s(3)) { call in
                let raw = call.u32(0)
                call.trace("map: \(raw), pairs: [\(call.u32(1)), +\(call.u32(2))]")
                guard let type = mapType(raw) else { return ProxyStatus.badArgument.rawValue }
                let memory = try call.memory
                let pointer = call.u32(1), length = call.u32(2)
                guard memory.contains(address: UInt64(pointer), length: UInt64(length)) else {
                    return ProxyStatus.invalidMemoryAccess.rawValue
                }
                guard call.vm.headerMap(type) != nil else { return ProxyStatus.badArgument.rawValue }
                // Beyond Envoy's 1 MiB the buffer is rejected (an empty map) without copying it.
                let pairs = Int(length) > PairsSerialization.maxBytes ? nil : PairsSerialization.deserialize(try call.read(pointer, length))
                var map = HeaderMap()
                for (k, v) in pairs ?? [] { map.add(bytes: k, v) }
                // The host's caps hold for a whole new map as for single additions.
                let limits = call.vm.host.limits
                guard map.count <= limits.maxHeaderMapEntries, map.byteSize <= limits.maxHeaderMapBytes else {
                    call.trace("map: \(type): \(map.count) pairs, \(map.byteSize) bytes: host cap exceeded")
                    return ProxyStatus.badArgument.rawValue
                }
                call.trace("map: \(type), \(pairs == nil ? "malformed pairs: empty map" : "\(map.count) pairs")")
                call.vm.setHeaderMap(type, map)
                return ProxyStatus.ok.rawValue
            },
            HostFunctionTable.proxy("proxy_get_header_map_size", i32s(2)) { call in
                let raw = call.u32(0)
                call.trace("map: \(raw)")
                guard let type = mapType(raw) else { return ProxyStatus.badArgument.rawValue }
                guard let map = call.vm.headerMap(type) else { return ProxyStatus.badArgument.rawValue }
                try call.writeU32(UInt32(truncatingIfNeeded: map.byteSize), at: call.u32(1))
                return ProxyStatus.ok.rawValue
            },
        ]
        _ = version
        specs.sort { $0.name < $1.name }
        return specs
    }

    /// add/replace: checks, reads key and value, enforces the host's caps, applies.
    static func modify(_ call: HostCall, name: String, _ apply: (inout HeaderMap, [UInt8], [UInt8]) -> Void) throws -> UInt32 {
        let raw = call.u32(0)
        call.trace("map: \(raw), key: [\(call.u32(1)), +\(call.u32(2))], value: [\(call.u32(3)), +\(call.u32(4))]")
        guard let type = mapType(raw) else { return ProxyStatus.badArgument.rawValue }
        let memory = try call.memory
        guard memory.contains(address: UInt64(call.u32(1)), length: UInt64(call.u32(2))),
              memory.contains(address: UInt64(call.u32(3)), length: UInt64(call.u32(4))) else {
            return ProxyStatus.invalidMemoryAccess.rawValue
        }
        guard let (count, size) = call.vm.modifyHeaderMap(type, { ($0.count, $0.byteSize) }) else { return ProxyStatus.badArgument.rawValue }
        let limits = call.vm.host.limits
        let added = UInt64(call.u32(2)) + UInt64(call.u32(4))
        guard count < limits.maxHeaderMapEntries, UInt64(size) + added <= UInt64(limits.maxHeaderMapBytes) else {
            call.trace("map: \(type): host cap reached (\(count) entries, \(size) bytes)")
            return ProxyStatus.badArgument.rawValue
        }
        let key = try call.read(call.u32(1), call.u32(2))
        let value = try call.read(call.u32(3), call.u32(4))
        call.trace("map: \(type), key: \(traceText(key)), value: \(traceText(value))")
        call.vm.modifyHeaderMap(type) { apply(&$0, key, value) }
        return ProxyStatus.ok.rawValue
    }
}
