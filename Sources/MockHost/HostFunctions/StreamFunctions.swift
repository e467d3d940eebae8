/// Host functions of this family (to be implemented).
enum StreamFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] { [] }
}
