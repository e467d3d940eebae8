/// `proxy_get_shared_data` and `proxy_set_shared_data` on `MockHost.sharedData`.
///
/// cpp-host `src/shared_data.cc`: a missing key is NOT_FOUND (before any out-pointer is
/// written); a set with cas 0 is unconditional; a non-zero cas must equal the key's current
/// token (CAS_MISMATCH otherwise) but is ignored for a key that does not exist yet; every
/// write gives the key a fresh token from one host-wide counter starting at 1 (0 skipped
/// on wrap-around). A get returns the value (allocated in the guest; (0, 0) when empty) and
/// then writes the token.
///
/// Deviation: Envoy keeps one namespace per `vm_id`; this host keeps one namespace for all
/// its VMs (they share the default `vm_id` unless a test sets another).
///
/// Caps: a write that would exceed `HostLimits.maxSharedDataEntries` keys or
/// `maxSharedDataBytes` bytes (keys + values), or a key or value above
/// `maxGuestValueBytes`, is refused with INTERNAL_FAILURE (nothing changes). Envoy has no
/// such limit; INTERNAL_FAILURE is its status for a host that cannot do what was asked.
enum SharedDataFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] {
        let i32s = HostFunctionTable.i32s
        _ = version
        return [
            HostFunctionTable.proxy("proxy_get_shared_data", i32s(5)) { call in
                let key = (pointer: call.u32(0), length: call.u32(1))
                call.trace("key: [\(key.pointer), +\(key.length)]")
                guard try call.inBounds(key) else { return ProxyStatus.invalidMemoryAccess.rawValue }
                // A key longer than the host stores cannot exist.
                guard call.withinCopyLimit(key.length) else { return ProxyStatus.notFound.rawValue }
                let keyBytes = try call.read(key.pointer, key.length)
                guard let entry = call.vm.host.sharedData[keyBytes] else {
                    call.trace("key: \(traceText(keyBytes)): not found")
                    return ProxyStatus.notFound.rawValue
                }
                call.trace("key: \(traceText(keyBytes)) -> \(traceText(entry.value)), cas \(entry.cas)")
                try call.returnBytes(entry.value, pointerOut: call.u32(2), lengthOut: call.u32(3))
                try call.writeU32(entry.cas, at: call.u32(4))
                return ProxyStatus.ok.rawValue
            },
            HostFunctionTable.proxy("proxy_set_shared_data", i32s(5)) { call in
                let key = (pointer: call.u32(0), length: call.u32(1))
                let value = (pointer: call.u32(2), length: call.u32(3))
                let cas = call.u32(4)
                call.trace("key: [\(key.pointer), +\(key.length)], value: [\(value.pointer), +\(value.length)], cas: \(cas)")
                guard try call.inBounds(key, value) else { return ProxyStatus.invalidMemoryAccess.rawValue }
                guard call.withinCopyLimit(key.length, value.length) else { return ProxyStatus.internalFailure.rawValue }
                let host = call.vm.host
                let keyBytes = try call.read(key.pointer, key.length)
                let existing = host.sharedData[keyBytes]
                if let existing, cas != 0, cas != existing.cas {
                    call.trace("key: \(traceText(keyBytes)), cas \(cas) != \(existing.cas)")
                    return ProxyStatus.casMismatch.rawValue
                }
                let growth = Int(value.length) - (existing?.value.count ?? 0) + (existing == nil ? keyBytes.count : 0)
                guard existing != nil || host.sharedData.count < host.limits.maxSharedDataEntries,
                      host.sharedDataBytes + growth <= host.limits.maxSharedDataBytes else {
                    call.trace("host cap: \(host.sharedData.count) keys, \(host.sharedDataBytes) bytes")
                    return ProxyStatus.internalFailure.rawValue
                }
                let valueBytes = try call.read(value.pointer, value.length)
                let token = nextCAS(host)
                host.sharedData[keyBytes] = (valueBytes, token)
                host.sharedDataBytes += growth
                call.trace("key: \(traceText(keyBytes)), value: \(traceText(valueBytes)), cas: \(cas) -> cas \(token)")
                return ProxyStatus.ok.rawValue
            },
        ]
    }

    /// The next CAS token (cpp-host `SharedData::nextCas`: never 0).
    static func nextCAS(_ host: MockHost) -> UInt32 {
        if host.nextCAS == 0 { host.nextCAS = 1 }
        let token = host.nextCAS
        host.nextCAS &+= 1
        if host.nextCAS == 0 { host.nextCAS = 1 }
        return token
    }
}
