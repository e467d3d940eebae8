import Foundation

extension FaultPlugin {
    /// A catalogue module that is missing from the resources.
    public struct MissingModule: Error, CustomStringConvertible {
        public var id: String
        public var description: String { "fault module \(id).wasm is missing (run fixtures/faults/build.sh)" }
    }

    /// The module's bytes: the compiled WAT resource, or the Swift-built bytes.
    public func moduleBytes() throws -> [UInt8] {
        switch source {
        case .bytes(let make):
            return make()
        case .wat:
            guard let url = Bundle.module.url(forResource: id, withExtension: "wasm", subdirectory: "Modules") else {
                throw MissingModule(id: id)
            }
            return [UInt8](try Data(contentsOf: url))
        }
    }
}
