/// Host functions of this family (to be implemented).
enum SharedDataFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] { [] }
}
