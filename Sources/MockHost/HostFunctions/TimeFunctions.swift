/// `proxy_get_current_time_nanoseconds` and `proxy_set_tick_period_milliseconds`.
///
/// As Envoy: the time is the realtime (system) clock, `MockHost.clock`; neither function is
/// on cpp-host's whitelist for `_initialize`/`_start` (only WASI `clock_time_get` is), so both
/// fail the VM there. The tick period belongs to the root context of the effective context
/// (cpp-host `ContextBase::setTimerPeriod` uses `root_context()->id()`); the first tick is
/// one period after the call, and 0 stops the timer. `MockHost.advanceClock` fires ticks.
enum TimeFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] {
        _ = version
        return [
            HostFunctionTable.proxy("proxy_get_current_time_nanoseconds", HostFunctionTable.i32s(1)) { call in
                let now = call.vm.host.clock.realtimeNanoseconds
                call.trace("-> \(now)")
                try call.writeU64(now, at: call.u32(0))
                return ProxyStatus.ok.rawValue
            },
            HostFunctionTable.proxy("proxy_set_tick_period_milliseconds", HostFunctionTable.i32s(1)) { call in
                let period = call.u32(0)
                let vm = call.vm
                guard let root = vm.rootContext(of: vm.effectiveContextID) ?? vm.rootContext(of: vm.currentContextID) else {
                    call.trace("period: \(period) ms: no root context")
                    return ProxyStatus.ok.rawValue
                }
                call.trace("period: \(period) ms on root context \(root.contextID)")
                root.tickPeriodMilliseconds = UInt64(period)
                root.nextTickNanoseconds = period == 0 ? 0 : vm.host.clock.monotonicNanoseconds &+ UInt64(period) &* 1_000_000
                return ProxyStatus.ok.rawValue
            },
        ]
    }
}
