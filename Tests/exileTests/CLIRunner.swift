import Foundation
import Testing

/// What one run of the `exile` binary printed, and how it exited.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the built `exile` binary as a user would, against a database of its own.
struct CLIRunner {
    /// The binary: `EXILE_BIN` if set (to test a release build), else the one built beside
    /// the test bundle.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["EXILE_BIN"] { return URL(fileURLWithPath: path) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("exile")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/exile")
    }()

    /// One database shared by the read-only tests of a run; built once on first use.
    static let sharedDatabase: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exile-cli-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("atlas.sqlite").path
    }()

    var database: String = CLIRunner.sharedDatabase

    /// Runs `exile ARGS` against the runner's database and collects its output.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIResult {
        try start(arguments, environment: environment).finish()
    }

    /// A process started and not yet waited for, so that several can run at once.
    struct Running {
        var process: Process
        var out: Pipe, err: Pipe
        /// Waits for the process and collects its output.
        func finish() throws -> CLIResult {
            // Both pipes are drained at once (a child that fills one while we wait on the
            // other would block), and a read interrupted by a signal is retried:
            // FileHandle.readDataToEndOfFile traps on EINTR.
            let errors = Collected()
            let group = DispatchGroup()
            let errDescriptor = err.fileHandleForReading.fileDescriptor
            group.enter()
            DispatchQueue.global().async {
                errors.data = Self.readAll(errDescriptor)
                group.leave()
            }
            let outData = Self.readAll(out.fileHandleForReading.fileDescriptor)
            group.wait()
            let errData = errors.data
            process.waitUntilExit()
            return CLIResult(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
        }

        /// What the background read collected; the group's wait orders the write before the read.
        final class Collected: @unchecked Sendable { var data = Data() }

        /// Every byte from a descriptor until end of file, retrying reads a signal interrupts.
        static func readAll(_ descriptor: Int32) -> Data {
            var data = Data()
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count > 0 { data.append(contentsOf: buffer[0..<count]); continue }
                if count < 0 && errno == EINTR { continue }
                return data
            }
        }
    }

    /// Starts `exile ARGS` against the runner's database.
    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Running {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["EXILE_ATLAS_DB"] = database
        env["COLUMNS"] = "100"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return Running(process: process, out: out, err: err)
    }
}

extension CLIRunner {
    /// The JSON document `exile ARGS --format json` prints, expecting it to succeed.
    func document(_ arguments: [String]) throws -> [String: Any] {
        let result = try run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }
}
