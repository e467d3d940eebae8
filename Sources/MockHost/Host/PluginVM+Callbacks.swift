import Interpreter

/// Calling into the plugin: every callback goes through `call`, which applies the limits,
/// records the trace, and turns a trap into a VM failure.
extension PluginVM {
    enum CallbackOutcome {
        /// The plugin does not export this callback.
        case notExported
        /// The VM had already failed: the callback was not called.
        case skipped
        /// Returned normally (the i32 result, if any).
        case returned(UInt32?)
        /// Trapped: the VM is now failed.
        case trapped(Trap)

        var value: UInt32? {
            if case .returned(let v) = self { return v }
            return nil
        }
    }

    /// Calls callback `name` with i32 arguments in the context `contextID`.
    @discardableResult
    func call(_ name: String, _ args: [UInt32], context contextID: UInt32) -> CallbackOutcome {
        guard failure == nil else {
            record(.note("\(name) skipped: the VM has failed"))
            return .skipped
        }
        guard let function = exportedFunctions[name] else { return .notExported }
        let savedCurrent = currentContextID, savedEffective = effectiveContextID, savedPhase = phase
        currentContextID = contextID
        effectiveContextID = contextID
        phase = .callback
        defer {
            currentContextID = savedCurrent
            effectiveContextID = savedEffective
            phase = savedPhase
        }
        callbackCount += 1
        // Recorded before the call so host calls follow it; completed afterwards.
        let traceIndex = trace.count
        record(.callback(name: name, arguments: args.map(UInt64.init), result: nil, fuelUsed: 0))
        func complete(_ result: UInt32?, _ fuel: UInt64) {
            guard tracing, traceIndex < trace.count, case .callback = trace[traceIndex] else { return }
            trace[traceIndex] = .callback(name: name, arguments: args.map(UInt64.init), result: result.map(UInt64.init), fuelUsed: fuel)
        }
        do {
            let results = try function.invoke(args.map { Value.i32($0) })
            let fuel = store.lastFuelUsed
            totalFuelUsed &+= fuel
            var result: UInt32?
            if case .i32(let v)? = results.first { result = v }
            complete(result, fuel)
            updatePeakMemory()
            return .returned(result)
        } catch {
            let trap = (error as? Trap) ?? Trap(.hostError("\(error)"))
            let fuel = store.lastFuelUsed
            totalFuelUsed &+= fuel
            complete(nil, fuel)
            let f = VMFailure(callback: name, trap: trap, lastHostCalls: recentHostCalls, fuelUsed: fuel)
            failure = f
            failures.append(f)
            record(.failure(callback: name, trap: trap))
            updatePeakMemory()
            // Envoy logs the failure and the in-VM backtrace at critical level.
            log(.critical, "Function: \(name) failed: \(trap.message)" + (trap.backtrace.isEmpty ? "" : "\nProxy-Wasm plugin in-VM backtrace:\n\(trap.formattedBacktrace)"))
            return .trapped(trap)
        }
    }

    /// Runs the tasks host calls scheduled for after the current callback (for example
    /// `proxy_done` completing a context), until none remain.
    func drainPendingTasks() {
        // Not re-entrant: a task that delivers a callback (which drains again) leaves the
        // tasks it causes to this loop, so ping-pong deliveries cannot grow the stack.
        guard !asyncState.draining else { return }
        asyncState.draining = true
        defer { asyncState.draining = false }
        var rounds = 0
        while !pendingTasks.isEmpty && rounds < 10_000 {
            let tasks = pendingTasks
            pendingTasks = []
            for task in tasks { task() }
            rounds += 1
        }
        if !pendingTasks.isEmpty {
            record(.note("dropped \(pendingTasks.count) pending tasks after 10,000 rounds"))
            pendingTasks = []
        }
    }

    // MARK: Start

    /// Creates the root context for `configuration.rootID` and starts the plugin:
    /// `proxy_on_context_create(root, 0)`, `proxy_on_vm_start(root, vm_config_size)`,
    /// `proxy_on_configure(root, plugin_config_size)`.
    public func start() throws(PluginStartError) {
        try startRootContext(rootID: configuration.rootID, pluginConfiguration: configuration.pluginConfiguration)
    }

    /// Starts one more root context (several root ids per VM).
    public func startRootContext(rootID: String, pluginConfiguration: [UInt8]) throws(PluginStartError) {
        let id = nextContextID
        nextContextID += 1
        let root = RootContext(contextID: id, rootID: rootID)
        contexts[id] = .root(root)
        rootIDs[rootID] = id
        if rootContextID == 0 || rootID == configuration.rootID { rootContextID = id }
        defer { drainPendingTasks() }
        if case .trapped(let t) = call("proxy_on_context_create", [id, 0], context: id) {
            throw .failed(callback: "proxy_on_context_create", trap: t)
        }
        callbackData.vmConfiguration = configuration.vmConfiguration
        let vmStart = call("proxy_on_vm_start", [id, UInt32(truncatingIfNeeded: configuration.vmConfiguration.count)], context: id)
        callbackData.vmConfiguration = nil
        switch vmStart {
        case .trapped(let t): throw .failed(callback: "proxy_on_vm_start", trap: t)
        case .returned(let v) where v == 0: throw .vmStartRefused
        default: break
        }
        callbackData.pluginConfiguration = pluginConfiguration
        let configure = call("proxy_on_configure", [id, UInt32(truncatingIfNeeded: pluginConfiguration.count)], context: id)
        callbackData.pluginConfiguration = nil
        switch configure {
        case .trapped(let t): throw .failed(callback: "proxy_on_configure", trap: t)
        case .returned(let v) where v == 0: throw .configureRefused
        default: break
        }
    }

    /// Replaces a failed VM by a fresh instance of the same module (fail-reload), restarting
    /// its root contexts. Old streams are dropped.
    func reload() {
        let roots = rootIDs
        contexts = [:]
        rootIDs = [:]
        pendingDone = []
        pendingTasks = []
        callbackData = CallbackData()
        // The old instance's callouts die with it (Envoy cancels a deleted context's calls).
        asyncState.removeAllCalls()
        failure = nil
        generation += 1
        reloadCount += 1
        record(.note("fail-reload: fresh VM (generation \(generation))"))
        do {
            try instantiate()
            rootContextID = 0
            for (rootID, _) in roots.sorted(by: { $0.value < $1.value }) {
                try startRootContext(rootID: rootID, pluginConfiguration: configuration.pluginConfiguration)
            }
        } catch {
            record(.note("fail-reload failed: \(error)"))
        }
    }

    // MARK: Streams

    /// Opens an HTTP stream (`proxy_on_context_create(stream, root)`). Under fail-reload a
    /// failed VM is replaced first.
    public func openHTTPStream() -> HTTPStream {
        if failure != nil && configuration.failurePolicy == .failReload { reload() }
        let id = nextContextID
        nextContextID += 1
        let stream = HTTPStream(contextID: id, rootContextID: rootContextID, vm: self, generation: generation)
        contexts[id] = .http(stream)
        if case .trapped = call("proxy_on_context_create", [id, rootContextID], context: id) {
            applyFailurePolicy(stream)
        }
        drainPendingTasks()
        return stream
    }

    /// Opens a TCP connection (`proxy_on_context_create`, `proxy_on_new_connection`).
    public func openTCPConnection() -> TCPConnection {
        if failure != nil && configuration.failurePolicy == .failReload { reload() }
        let id = nextContextID
        nextContextID += 1
        let connection = TCPConnection(contextID: id, rootContextID: rootContextID, vm: self)
        contexts[id] = .tcp(connection)
        call("proxy_on_context_create", [id, rootContextID], context: id)
        let outcome = call("proxy_on_new_connection", [id], context: id)
        if let v = outcome.value { connection.actions.append(("proxy_on_new_connection", FilterAction(raw: v))) }
        if failure != nil { connection.failedByPolicy = true }
        drainPendingTasks()
        return connection
    }

    /// The failure policy, applied to a stream whose callback failed (or that arrives at a
    /// failed VM): fail-closed and fail-reload send one local 503 `wasm_fail_stream`.
    func applyFailurePolicy(_ stream: HTTPStream) {
        guard !stream.failedByPolicy else { return }
        stream.failedByPolicy = true
        switch configuration.failurePolicy {
        case .failOpen:
            record(.note("fail-open: stream \(stream.contextID) continues without the plugin"))
        case .failClosed, .failReload:
            stream.localResponse = LocalResponse(statusCode: 503, details: "wasm_fail_stream", body: [], headers: HeaderMap(), grpcStatus: 14)
            stream.localResponseCount += 1
            record(.note("fail-closed: local reply 503 wasm_fail_stream on stream \(stream.contextID)"))
        }
    }

    /// The action a failed VM gives a stream: Continue when failing open, else stop.
    func failedAction(_ stream: HTTPStream) -> FilterAction {
        applyFailurePolicy(stream)
        return configuration.failurePolicy == .failOpen ? .continue : .pause
    }

    func isLive(_ stream: HTTPStream) -> Bool {
        stream.generation == generation && stream.state == .open && !stream.closed && contexts[stream.contextID] != nil
    }

    func deliverHeaders(_ stream: HTTPStream, map: MapType, endOfStream: Bool) -> FilterAction? {
        defer { drainPendingTasks() }
        guard isLive(stream) else { return nil }
        if failure != nil { return failedAction(stream) }
        if stream.localResponse != nil && map == .httpRequestHeaders { return .pause }
        let request = map == .httpRequestHeaders
        let name = request ? "proxy_on_request_headers" : "proxy_on_response_headers"
        let count = UInt32(truncatingIfNeeded: request ? stream.requestHeaders.count : stream.responseHeaders.count)
        let args: [UInt32] = abiVersion == .v0_1_0 ? [stream.contextID, count] : [stream.contextID, count, endOfStream ? 1 : 0]
        return finishStreamCallback(stream, name: name, outcome: call(name, args, context: stream.contextID), request: request)
    }

    func deliverTrailers(_ stream: HTTPStream, map: MapType) -> FilterAction? {
        defer { drainPendingTasks() }
        guard isLive(stream) else { return nil }
        if failure != nil { return failedAction(stream) }
        let request = map == .httpRequestTrailers
        let name = request ? "proxy_on_request_trailers" : "proxy_on_response_trailers"
        let count = UInt32(truncatingIfNeeded: request ? stream.requestTrailers.count : stream.responseTrailers.count)
        return finishStreamCallback(stream, name: name, outcome: call(name, [stream.contextID, count], context: stream.contextID), request: request)
    }

    func deliverBody(_ stream: HTTPStream, request: Bool, chunk: [UInt8], endOfStream: Bool) -> FilterAction? {
        defer { drainPendingTasks() }
        guard isLive(stream) else { return nil }
        if failure != nil { return failedAction(stream) }
        let name = request ? "proxy_on_request_body" : "proxy_on_response_body"
        if request { stream.requestBodyBuffer += chunk } else { stream.responseBodyBuffer += chunk }
        let size = UInt32(truncatingIfNeeded: request ? stream.requestBodyBuffer.count : stream.responseBodyBuffer.count)
        bodyCallback = BodyCallback(contextID: stream.contextID, request: request)
        let outcome = call(name, [stream.contextID, size, endOfStream ? 1 : 0], context: stream.contextID)
        bodyCallback = nil
        let action = finishStreamCallback(stream, name: name, outcome: outcome, request: request)
        if action == .continue { flushBody(stream, request: request) }
        return action
    }

    /// Passes buffered body bytes on (the plugin continued).
    func flushBody(_ stream: HTTPStream, request: Bool) {
        if request {
            stream.requestBody += stream.requestBodyBuffer
            stream.requestBodyBuffer = []
        } else {
            stream.responseBody += stream.responseBodyBuffer
            stream.responseBodyBuffer = []
        }
    }

    private func finishStreamCallback(_ stream: HTTPStream, name: String, outcome: CallbackOutcome, request: Bool) -> FilterAction? {
        switch outcome {
        case .notExported:
            return .continue
        case .skipped, .trapped:
            return failedAction(stream)
        case .returned(let v):
            var action = FilterAction(raw: v ?? 0)
            // After proxy_send_local_response Envoy stops iteration whatever was returned.
            if stream.stopIterationAfterLocalResponse {
                stream.stopIterationAfterLocalResponse = false
                action = .pause
            }
            stream.actions.append((name, action))
            if action != .continue {
                if request { stream.requestPaused = true } else { stream.responsePaused = true }
            }
            return action
        }
    }

    func deliverTCPData(_ connection: TCPConnection, downstream: Bool, data: [UInt8], endOfStream: Bool) -> FilterAction? {
        defer { drainPendingTasks() }
        guard connection.state == .open, !connection.closed, contexts[connection.contextID] != nil else { return nil }
        if failure != nil {
            connection.failedByPolicy = true
            return configuration.failurePolicy == .failOpen ? .continue : .pause
        }
        let name = downstream ? "proxy_on_downstream_data" : "proxy_on_upstream_data"
        if downstream { connection.downstreamBuffer += data } else { connection.upstreamBuffer += data }
        let size = UInt32(truncatingIfNeeded: downstream ? connection.downstreamBuffer.count : connection.upstreamBuffer.count)
        let outcome = call(name, [connection.contextID, size, endOfStream ? 1 : 0], context: connection.contextID)
        let action: FilterAction
        switch outcome {
        case .notExported: action = .continue
        case .skipped, .trapped:
            connection.failedByPolicy = true
            return configuration.failurePolicy == .failOpen ? .continue : .pause
        case .returned(let v): action = FilterAction(raw: v ?? 0)
        }
        connection.actions.append((name, action))
        if action == .continue {
            if downstream {
                connection.downstreamData += connection.downstreamBuffer
                connection.downstreamBuffer = []
            } else {
                connection.upstreamData += connection.upstreamBuffer
                connection.upstreamBuffer = []
            }
        }
        return action
    }

    func deliverConnectionClose(_ connection: TCPConnection, downstream: Bool, peer: PeerType) {
        defer { drainPendingTasks() }
        guard contexts[connection.contextID] != nil else { return }
        let name = downstream ? "proxy_on_downstream_connection_close" : "proxy_on_upstream_connection_close"
        call(name, [connection.contextID, peer.rawValue], context: connection.contextID)
    }

    // MARK: Teardown

    /// `proxy_on_done`; then, when it returns true, `proxy_on_log` and `proxy_on_delete`.
    /// After a VM failure all three are skipped (as Envoy does).
    func completeContext(_ id: UInt32) {
        defer { drainPendingTasks() }
        guard let entry = contexts[id] else { return }
        if failure != nil {
            record(.note("teardown of context \(id) skipped: the VM has failed"))
            setState(entry, .finished)
            contexts[id] = nil
            return
        }
        let done = call("proxy_on_done", [id], context: id)
        switch done {
        case .returned(let v) where v == 0:
            pendingDone.insert(id)
            setState(entry, .waitingForDone)
        case .trapped, .skipped:
            setState(entry, .finished)
            contexts[id] = nil
        default:
            finishContext(id)
        }
    }

    /// `proxy_on_log` then `proxy_on_delete`, and forget the context.
    func finishContext(_ id: UInt32) {
        guard let entry = contexts[id] else { return }
        pendingDone.remove(id)
        call("proxy_on_log", [id], context: id)
        call("proxy_on_delete", [id], context: id)
        setState(entry, .finished)
        contexts[id] = nil
    }

    private func setState(_ entry: ContextEntry, _ state: StreamState) {
        switch entry {
        case .http(let s): s.state = state
        case .tcp(let c): c.state = state
        case .root(let r): r.state = state
        }
    }

    /// Tears the VM down: completes every open stream, then the root contexts.
    public func shutdown() {
        for (id, entry) in contexts.sorted(by: { $0.key > $1.key }) {
            if case .root = entry { continue }
            completeContext(id)
        }
        for (id, _) in contexts.sorted(by: { $0.key < $1.key }) { completeContext(id) }
    }

    // MARK: Timers

    /// Fires `proxy_on_tick` for every root context whose period has elapsed at the host's
    /// current monotonic time (at most 10,000 ticks per call).
    func fireDueTicks() {
        let now = host.clock.monotonicNanoseconds
        var fired = 0
        for (id, entry) in contexts.sorted(by: { $0.key < $1.key }) {
            guard case .root(let root) = entry, root.tickPeriodMilliseconds > 0 else { continue }
            while root.nextTickNanoseconds <= now && fired < 10_000 && root.tickPeriodMilliseconds > 0 {
                root.nextTickNanoseconds &+= root.tickPeriodMilliseconds &* 1_000_000
                call("proxy_on_tick", [id], context: id)
                drainPendingTasks()
                fired += 1
                if failure != nil { return }
            }
        }
    }
}
