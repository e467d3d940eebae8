/// Host functions of this family (to be implemented).
enum MetricFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] { [] }
}
