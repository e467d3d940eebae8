/// Host functions of this family (to be implemented).
enum WASIFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] { [] }
}
