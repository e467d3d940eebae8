/// Setting up host state from a test (what other proxies or filters would have done).
extension MockHost {
    /// Writes a shared-data entry as another VM would (bumping its CAS token).
    public func setSharedData(_ key: String, _ value: [UInt8]) {
        let k = Array(key.utf8)
        let old = sharedData[k]?.value.count ?? 0
        sharedDataBytes += value.count - old + (sharedData[k] == nil ? k.count : 0)
        sharedData[k] = (value, nextCAS)
        nextCAS &+= 1
    }
}
