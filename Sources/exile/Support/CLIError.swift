/// A failure the user can fix by asking differently: printed as `error: <message>`,
/// exit status 1.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
    init(_ message: String) { self.message = message }
}
