import Foundation

/// Writing a command's result to a file, a folder or standard output, with the one-line
/// error a user can act on.
enum OutputFile {
    /// Writes `data` to `url`, or to standard output when `url` is nil.
    static func write(_ data: Data, to url: URL?) throws {
        guard let url else {
            FileHandle.standardOutput.write(data)
            return
        }
        do { try data.write(to: url) } catch {
            throw CLIError("cannot write \(url.path) (\(error.localizedDescription)); choose another --out")
        }
    }

    /// The folder at `path`, created if needed.
    static func folder(_ path: String) throws -> URL {
        let folder = URL(fileURLWithPath: path)
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw CLIError("cannot create the folder \(folder.path) (\(error.localizedDescription)); choose another --out")
        }
        return folder
    }
}
