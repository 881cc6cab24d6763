import ArgumentParser
import ExileAtlas
import Foundation

/// Entry point: runs the command and owns the exit status. Data errors (an unknown name,
/// a bad file) exit 1; usage errors exit 2 (swift-argument-parser's own 64 is mapped);
/// every failure is one `error:` line on standard error.
@main
enum Main {
    static func main() {
        do {
            var command = try ExileCommand.parseAsRoot()
            try RepeatedOptions.check(Array(CommandLine.arguments.dropFirst()), for: command)
            try command.run()
        } catch let error as UsageError {
            let text = "Error: \(error.message)\n  See 'exile \(error.command) --help' for more information.\n"
            FileHandle.standardError.write(Data(text.utf8))
            exit(2)
        } catch let error as CLIError {
            fail(error.message, status: 1)
        } catch let error as AtlasError {
            fail(error.description, status: 1)
        } catch let error as JourneyQueryError {
            fail(error.description, status: 1)
        } catch {
            let status = ExileCommand.exitCode(for: error)
            let message = ExileCommand.fullMessage(for: error)
            if status == .success {
                if !message.isEmpty { print(message) }
                exit(0)
            }
            if status == .validationFailure {
                FileHandle.standardError.write(Data((message + "\n").utf8))
                exit(2)
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            exit(status.rawValue)
        }
    }

    static func fail(_ message: String, status: Int32) -> Never {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
        let text = lines.map { "error: " + $0 }.joined(separator: "\n")
        FileHandle.standardError.write(Data((text + "\n").utf8))
        exit(status)
    }
}
