/// Host functions of this family (to be implemented).
enum PropertyFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] { [] }
}
