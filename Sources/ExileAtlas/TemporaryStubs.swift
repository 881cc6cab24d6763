// TEMPORARY until the real files land.
public struct NameResolver<ID: Hashable & Sendable>: Sendable {
    public struct Entry: Sendable { public var id: ID; public var name: String; public var label: String
        public init(id: ID, name: String, label: String) { self.id = id; self.name = name; self.label = label } }
    public init(_ entries: [Entry]) {}
    public func resolve(_ query: String) -> Resolution<ID> { .notFound(query: query, suggestions: []) }
}
public enum Resolution<ID: Hashable & Sendable>: Sendable {
    case found(id: ID, label: String, matched: String)
    case ambiguous(query: String, candidates: [Candidate<ID>])
    case notFound(query: String, suggestions: [Candidate<ID>])
}
public struct Candidate<ID: Hashable & Sendable>: Sendable, Hashable { public let id: ID; public let label: String; public let matched: String }
