import ArgumentParser

/// swift-argument-parser keeps the last value of an option given twice, so that
/// `exiles --place Astrakhan --place Tobolsk` would silently show Tobolsk alone. An option
/// declared as an array takes every value (its command takes their union); any other option
/// or flag given twice is a usage error that says so.
enum RepeatedOptions {
    /// Refuses an option given more than once unless the command declares it repeatable.
    static func check(_ arguments: [String], for command: any ParsableCommand) throws {
        let repeatable = repeatableOptions(of: command)
        var values: [String: [String]] = [:]
        var order: [String] = []
        var index = 0
        while index < arguments.count {
            let token = arguments[index]
            if token == "--" { break }
            index += 1
            guard token.hasPrefix("--"), token.count > 2 else { continue }
            let parts = token.split(separator: "=", maxSplits: 1)
            let name = String(parts[0])
            var value = parts.count > 1 ? String(parts[1]) : nil
            if value == nil, index < arguments.count, !arguments[index].hasPrefix("--") { value = arguments[index] }
            if values[name] == nil { order.append(name) }
            values[name, default: []].append(value ?? "")
        }
        for name in order where !repeatable.contains(name) {
            guard let given = values[name], given.count > 1 else { continue }
            let times = given.count == 2 ? "twice" : "\(given.count) times"
            let message = given.allSatisfy({ !$0.isEmpty })
                ? "\(name) was given \(times) (\(given.joined(separator: ", "))), but takes one value; give it once"
                : "\(name) was given \(times); give it once"
            throw UsageError(message: message,
                             command: type(of: command).configuration.commandName ?? "exile")
        }
    }

    /// The command's options declared as arrays (`--place`), found by reflection so that the
    /// declaration is the only place that says an option repeats.
    static func repeatableOptions(of command: any ParsableCommand) -> Set<String> {
        var names: Set<String> = []
        for child in Mirror(reflecting: command).children {
            guard let label = child.label, label.hasPrefix("_"),
                  String(describing: type(of: child.value)).hasPrefix("Option<Array<") else { continue }
            names.insert("--" + kebab(String(label.dropFirst())))
        }
        return names
    }

    /// `personID` → `person-id`, as swift-argument-parser names a property's option.
    static func kebab(_ name: String) -> String {
        var result = ""
        let characters = Array(name)
        for (index, character) in characters.enumerated() {
            if character.isUppercase {
                let previousLower = index > 0 && characters[index - 1].isLowercase
                let nextLower = index + 1 < characters.count && characters[index + 1].isLowercase
                if index > 0 && (previousLower || (nextLower && characters[index - 1].isUppercase)) { result += "-" }
                result += character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}
