/// Host functions of this family (to be implemented).
enum TimeFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] { [] }
}
