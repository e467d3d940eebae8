/// Host functions of this family (to be implemented).
enum EmscriptenFunctions {
    static func specs(for version: ABIVersion) -> [HostFunctionSpec] { [] }
}
