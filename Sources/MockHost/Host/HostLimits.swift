/// Caps on what a plugin can make the host hold. Guest operations that would exceed one are
/// refused (with the status the family documents) or dropped and counted; the host's own
/// memory therefore stays bounded whatever the plugin does.
public struct HostLimits: Sendable, Hashable {
    /// Entries per header map (a plugin adding a million headers stops here).
    public var maxHeaderMapEntries = 10_000
    /// Bytes (keys + values) per header map.
    public var maxHeaderMapBytes = 1 << 20
    /// Bytes per body / data buffer.
    public var maxBufferBytes = 64 << 20
    /// Log lines kept per VM (later ones are counted in `droppedLogs`).
    public var maxLogEntries = 100_000
    /// Bytes of log text kept per VM.
    public var maxLogBytes = 16 << 20
    /// Trace events kept per VM (later ones are counted in `droppedTraceEvents`).
    public var maxTraceEvents = 50_000
    /// Shared-data keys per host, and bytes of keys + values.
    public var maxSharedDataEntries = 10_000
    public var maxSharedDataBytes = 64 << 20
    /// Shared queues per host, items per queue, bytes per host.
    public var maxQueues = 1_000
    public var maxQueueItems = 10_000
    public var maxQueueBytes = 64 << 20
    /// Metrics per host.
    public var maxMetrics = 10_000
    /// Outstanding HTTP callouts / gRPC calls per VM.
    public var maxPendingCalls = 1_000
    /// Bytes the outstanding calls of one VM hold (request bodies, gRPC messages sent,
    /// headers and metadata).
    public var maxPendingCallBytes = 64 << 20
    /// Bytes of paths and values `proxy_set_property` stores per stream.
    public var maxFilterStateBytes = 16 << 20
    /// Bytes of one guest-provided value the host copies (log message, header value...).
    public var maxGuestValueBytes = 16 << 20

    public init() {}
}
