/// Host functions of this family (to be implemented).
enum HTTPCalloutFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] { [] }
}
