/// Host functions of this family (to be implemented).
enum ForeignFunctionFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] { [] }
}
