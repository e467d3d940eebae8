/// Metrics on `MockHost.metrics`: `proxy_define_metric`, `proxy_record_metric`,
/// `proxy_increment_metric`, `proxy_get_metric`.
///
/// Envoy (`Context::defineMetric/incrementMetric/recordMetric/getMetric`, cpp-host wasm.h):
/// - a metric id carries its type in the low two bits (0 counter, 1 gauge, 2 histogram);
///   every operation dispatches on those bits first, so an id of a type that cannot do
///   the operation is BAD_ARGUMENT even when no such metric exists;
/// - define: the name range is checked first (INVALID_MEMORY_ACCESS), then the type (> 2 is
///   BAD_ARGUMENT);
/// - record: a counter adds the value, a gauge is set to it, a histogram records it;
///   unknown id (any type bits) NOT_FOUND;
/// - increment: a counter needs a delta > 0 (0 and negative are BAD_ARGUMENT), a gauge
///   adds or subtracts; histograms cannot be incremented (BAD_ARGUMENT); unknown NOT_FOUND;
/// - get: counters and gauges; histograms cannot be read (BAD_ARGUMENT); unknown NOT_FOUND.
///
/// Choices: Envoy hands out a new id on every define, each aliasing the same stat when the
/// name repeats; this host returns the same id for the same name and type (values behave
/// the same). Ids count host-wide (`(n << 2) | type`), so they differ numerically from
/// Envoy's per-VM ids; VMs of a host share metrics by name as Envoy's stats store does.
/// Values are u64 with wrapping arithmetic (a gauge below 0 wraps, as Envoy's release build).
/// A define beyond `HostLimits.maxMetrics` (or a name above `maxGuestValueBytes`) is refused
/// with INTERNAL_FAILURE; a histogram keeps its first `maxHistogramSamples` values and
/// counts the rest.
enum MetricFunctions {
    /// Recorded histogram values kept per metric (`Metric.recordCount` counts them all).
    static let maxHistogramSamples = 1_000

    static func specs(for version: ABIVersion) -> [HostFunctionSpec] {
        _ = version
        return [
            HostFunctionTable.proxy("proxy_define_metric", HostFunctionTable.i32s(4)) { call in
                let rawType = call.u32(0), name = (pointer: call.u32(1), length: call.u32(2))
                call.trace("type: \(rawType), name: [\(name.pointer), +\(name.length)]")
                guard try call.inBounds(name) else { return ProxyStatus.invalidMemoryAccess.rawValue }
                guard let type = MetricType(rawValue: rawType) else { return ProxyStatus.badArgument.rawValue }
                guard call.withinCopyLimit(name.length) else { return ProxyStatus.internalFailure.rawValue }
                let host = call.vm.host
                let metricNameBytes = try call.read(name.pointer, name.length)
                let metricName = String(decoding: metricNameBytes, as: UTF8.self)
                let id: UInt32
                if let existing = host.metricIDs[MetricKey(type: type, name: metricNameBytes)] {
                    id = existing
                } else {
                    guard host.metrics.count < host.limits.maxMetrics, host.nextMetricID < 1 << 30 else {
                        call.trace("host cap: \(host.metrics.count) metrics")
                        return ProxyStatus.internalFailure.rawValue
                    }
                    id = host.nextMetricID << 2 | type.rawValue
                    host.nextMetricID += 1
                    host.metrics[id] = Metric(type: type, name: metricName)
                    host.metricIDs[MetricKey(type: type, name: metricNameBytes)] = id
                }
                call.trace("type: \(type), name: \"\(metricName)\" -> metric \(id)")
                try call.writeU32(id, at: call.u32(3))
                return ProxyStatus.ok.rawValue
            },
            HostFunctionTable.proxy("proxy_record_metric", [.i32, .i64]) { call in
                let id = call.u32(0), value = call.u64(1)
                call.trace("metric: \(id), value: \(value)")
                let host = call.vm.host
                guard var metric = host.metrics[id], metric.type.rawValue == id & 3 else { return ProxyStatus.notFound.rawValue }
                switch metric.type {
                case .counter:
                    metric.value &+= value
                case .gauge:
                    metric.value = value
                case .histogram:
                    metric.value = value
                    metric.recordCount &+= 1
                    if metric.recorded.count < maxHistogramSamples { metric.recorded.append(value) }
                }
                host.metrics[id] = metric
                return ProxyStatus.ok.rawValue
            },
            HostFunctionTable.proxy("proxy_increment_metric", [.i32, .i64]) { call in
                let id = call.u32(0), delta = Int64(bitPattern: call.u64(1))
                call.trace("metric: \(id), delta: \(delta)")
                let host = call.vm.host
                switch id & 3 {
                case MetricType.counter.rawValue:
                    guard var metric = host.metrics[id] else { return ProxyStatus.notFound.rawValue }
                    guard delta > 0 else { return ProxyStatus.badArgument.rawValue }
                    metric.value &+= delta.magnitude
                    host.metrics[id] = metric
                case MetricType.gauge.rawValue:
                    guard var metric = host.metrics[id] else { return ProxyStatus.notFound.rawValue }
                    if delta > 0 { metric.value &+= delta.magnitude } else { metric.value &-= delta.magnitude }
                    host.metrics[id] = metric
                default:
                    return ProxyStatus.badArgument.rawValue
                }
                return ProxyStatus.ok.rawValue
            },
            HostFunctionTable.proxy("proxy_get_metric", HostFunctionTable.i32s(2)) { call in
                let id = call.u32(0)
                call.trace("metric: \(id)")
                guard id & 3 == MetricType.counter.rawValue || id & 3 == MetricType.gauge.rawValue else {
                    return ProxyStatus.badArgument.rawValue
                }
                guard let metric = call.vm.host.metrics[id] else { return ProxyStatus.notFound.rawValue }
                call.trace("metric: \(id) (\(metric.name)) -> \(metric.value)")
                try call.writeU64(metric.value, at: call.u32(1))
                return ProxyStatus.ok.rawValue
            },
        ]
    }
}

/// A metric's identity: the same type and name give the same metric.
/// A metric's identity: type and name as bytes (distinct byte names stay distinct).
struct MetricKey: Hashable {
    var type: MetricType
    var name: [UInt8]
}
