/// Host functions of this family (to be implemented).
enum GRPCFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] { [] }
}
