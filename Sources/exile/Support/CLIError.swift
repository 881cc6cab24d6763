/// A failure the user can fix by asking differently: printed as `error: <message>`,
/// exit status 1.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
    init(_ message: String) { self.message = message }
}

/// A usage error found after parsing (an option given twice): printed as swift-argument-parser
/// prints its own, `Error: <message>` and where to find help, exit status 2.
struct UsageError: Error {
    var message: String
    /// The subcommand's name (`exiles`), to point at its help.
    var command: String
}
