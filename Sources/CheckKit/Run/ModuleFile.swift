import Foundation

/// Reads a module file, turning every way that can fail into a one-line `CommandError`.
enum ModuleFile {
    /// The bytes of the file at `path`.
    static func read(path: String) throws(CommandError) -> [UInt8] {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandError("cannot read '\(path)': no such file")
        }
        guard !isDirectory.boolValue else {
            throw CommandError("cannot read '\(path)': is a directory, not a module file")
        }
        guard files.isReadableFile(atPath: path) else {
            throw CommandError("cannot read '\(path)': permission denied")
        }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw CommandError("cannot read '\(path)': \(error.localizedDescription)")
        }
    }
}
