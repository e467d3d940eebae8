/// Host functions of this family (to be implemented).
enum SharedQueueFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] { [] }
}
