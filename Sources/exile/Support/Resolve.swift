import ExileAtlas

/// Turns what the user typed into one id, or a `CLIError` that lists the candidates or
/// suggests the nearest names.
enum Resolve {
    /// The id of the one place `query` names.
    static func place(_ query: String, in atlas: Atlas) throws -> String {
        try one(query, resolver: atlas.placeResolver(), noun: "place", plural: "places", listCommand: "exile places")
    }

    /// The id of the one person `query` names.
    static func person(_ query: String, in atlas: Atlas) throws -> String {
        try one(query, resolver: atlas.personResolver(), noun: "person", plural: "people", listCommand: "exile people")
    }

    static func one(_ query: String, resolver: NameResolver<String>, noun: String, plural: String,
                    listCommand: String) throws -> String {
        switch resolver.resolve(query) {
        case let .found(id, _, _):
            return id
        case let .ambiguous(_, candidates):
            let list = candidates.map { "\($0.label) (\($0.id))" }.joined(separator: ", ")
            throw CLIError("\"\(query)\" could be several \(plural): \(list); give more of the name, or the id")
        case let .notFound(_, suggestions):
            if suggestions.isEmpty {
                throw CLIError("no \(noun) named \"\(query)\"; '\(listCommand)' lists them all")
            }
            let names = suggestions.map { "\"\($0.label)\"" }
            let options = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last!
            throw CLIError("no \(noun) named \"\(query)\"; did you mean \(options)?")
        }
    }
}
