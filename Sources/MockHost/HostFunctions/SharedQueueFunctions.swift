/// Shared queues on `MockHost.queues`: `proxy_register_shared_queue`,
/// `proxy_resolve_shared_queue`, `proxy_enqueue_shared_queue`, `proxy_dequeue_shared_queue`.
///
/// cpp-host `src/shared_queue.cc` / `context.cc`:
/// - a queue is named by (vm_id, name); registering an existing one returns its id (keeping
///   its items) and makes the registering root context its owner (a stream context
///   registers for its root); ids count from 1 host-wide;
/// - resolve of an unknown (vm_id, name) is NOT_FOUND;
/// - enqueue checks memory before the id, then NOT_FOUND; it appends and notifies the
///   owner with `proxy_on_queue_ready(root, id)`;
/// - dequeue: NOT_FOUND, then EMPTY, both before any out-pointer is written; an item whose
///   out-pointer write fails is lost.
///
/// Notification: Envoy posts `onQueueReady` to the owner's thread, so it runs after the
/// enqueuing callback returns, never inside it. Here it is appended to the enqueuing VM's
/// `pendingTasks`, which run right after its callback returns; when the owner is another
/// VM, the task calls that VM's `proxy_on_queue_ready` then (and that VM runs the tasks its
/// callback schedules). Delivery to a VM that was released, failed, or lost the root
/// context is dropped, as Envoy drops it when the context is gone.
///
/// Caps: a new queue beyond `HostLimits.maxQueues`, an item beyond `maxQueueItems` in one
/// queue or `maxQueueBytes` in all, or above `maxGuestValueBytes`, is refused with
/// INTERNAL_FAILURE (Envoy has no such limit; it is its "cannot do it" status).
enum SharedQueueFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] {
        let i32s = HostFunctionTable.i32s
        _ = version
        return [
            HostFunctionTable.proxy("proxy_register_shared_queue", i32s(3)) { call in
                let name = (pointer: call.u32(0), length: call.u32(1))
                call.trace("name: [\(name.pointer), +\(name.length)]")
                guard try call.inBounds(name) else { return ProxyStatus.invalidMemoryAccess.rawValue }
                guard call.withinCopyLimit(name.length) else { return ProxyStatus.internalFailure.rawValue }
                let vm = call.vm, host = vm.host
                let nameBytes = try call.read(name.pointer, name.length)
                let queueName = String(decoding: nameBytes, as: UTF8.self)
                let vmIDBytes = Array(vm.configuration.vmID.utf8)
                let owner = call.effectiveRootContextID
                let id: UInt32
                if let existing = queueID(host, vmID: vmIDBytes, name: nameBytes) {
                    id = existing
                    host.queues[id]?.owner = vm
                    host.queues[id]?.ownerRootContextID = owner
                } else {
                    guard host.queues.count < host.limits.maxQueues else {
                        call.trace("host cap: \(host.queues.count) queues")
                        return ProxyStatus.internalFailure.rawValue
                    }
                    id = nextQueueID(host)
                    host.queues[id] = SharedQueue(vmID: vm.configuration.vmID, name: queueName, ownerRootContextID: owner, owner: vm)
                    host.queueIDs[SharedQueueKey(vmID: vmIDBytes, name: nameBytes)] = id
                }
                call.trace("name: \"\(queueName)\" -> queue \(id)")
                try call.writeU32(id, at: call.u32(2))
                return ProxyStatus.ok.rawValue
            },
            HostFunctionTable.proxy("proxy_resolve_shared_queue", i32s(5)) { call in
                let vmID = (pointer: call.u32(0), length: call.u32(1))
                let name = (pointer: call.u32(2), length: call.u32(3))
                call.trace("vm_id: [\(vmID.pointer), +\(vmID.length)], name: [\(name.pointer), +\(name.length)]")
                guard try call.inBounds(vmID, name) else { return ProxyStatus.invalidMemoryAccess.rawValue }
                guard call.withinCopyLimit(vmID.length, name.length) else { return ProxyStatus.notFound.rawValue }
                let vmIDBytes = try call.read(vmID.pointer, vmID.length)
                let nameBytes = try call.read(name.pointer, name.length)
                let vmIDString = String(decoding: vmIDBytes, as: UTF8.self), queueName = String(decoding: nameBytes, as: UTF8.self)
                guard let id = queueID(call.vm.host, vmID: vmIDBytes, name: nameBytes) else {
                    call.trace("vm_id: \"\(vmIDString)\", name: \"\(queueName)\": not found")
                    return ProxyStatus.notFound.rawValue
                }
                call.trace("vm_id: \"\(vmIDString)\", name: \"\(queueName)\" -> queue \(id)")
                try call.writeU32(id, at: call.u32(4))
                return ProxyStatus.ok.rawValue
            },
            HostFunctionTable.proxy("proxy_enqueue_shared_queue", i32s(3)) { call in
                let id = call.u32(0), data = (pointer: call.u32(1), length: call.u32(2))
                call.trace("queue: \(id), data: [\(data.pointer), +\(data.length)]")
                guard try call.inBounds(data) else { return ProxyStatus.invalidMemoryAccess.rawValue }
                let vm = call.vm, host = vm.host
                guard let queue = host.queues[id] else { return ProxyStatus.notFound.rawValue }
                guard call.withinCopyLimit(data.length), queue.items.count < host.limits.maxQueueItems,
                      UInt64(host.queueBytes) + UInt64(data.length) <= UInt64(max(0, host.limits.maxQueueBytes)) else {
                    call.trace("queue \(id): host cap (\(queue.items.count) items, \(host.queueBytes) bytes in all queues)")
                    return ProxyStatus.internalFailure.rawValue
                }
                let item = try call.read(data.pointer, data.length)
                host.queues[id]?.items.append(item)
                host.queueBytes += item.count
                call.trace("queue: \(id), data: \(traceText(item))")
                let ownerLink = queue.owner?.link, root = queue.ownerRootContextID
                vm.pendingTasks.append { ownerLink?.vm?.deliverQueueReady(rootContextID: root, queueID: id) }
                return ProxyStatus.ok.rawValue
            },
            HostFunctionTable.proxy("proxy_dequeue_shared_queue", i32s(3)) { call in
                let id = call.u32(0)
                call.trace("queue: \(id)")
                let host = call.vm.host
                guard let queue = host.queues[id] else { return ProxyStatus.notFound.rawValue }
                guard let item = queue.items.first else { return ProxyStatus.empty.rawValue }
                host.queues[id]?.items.removeFirst()
                host.queueBytes -= item.count
                call.trace("queue: \(id) -> \(traceText(item))")
                try call.returnBytes(item, pointerOut: call.u32(1), lengthOut: call.u32(2))
                return ProxyStatus.ok.rawValue
            },
        ]
    }

    static func queueID(_ host: MockHost, vmID: [UInt8], name: [UInt8]) -> UInt32? {
        host.queueIDs[SharedQueueKey(vmID: vmID, name: name)]
    }

    /// The next free queue id (0 is never a queue).
    static func nextQueueID(_ host: MockHost) -> UInt32 {
        while host.nextQueueID == 0 || host.queues[host.nextQueueID] != nil { host.nextQueueID &+= 1 }
        let id = host.nextQueueID
        host.nextQueueID &+= 1
        return id
    }
}

/// A queue's name: (vm_id, queue name).
/// A queue's identity: vm id and name as bytes (Envoy compares raw bytes; decoding them
/// as strings would merge distinct names).
struct SharedQueueKey: Hashable {
    var vmID: [UInt8]
    var name: [UInt8]
}
