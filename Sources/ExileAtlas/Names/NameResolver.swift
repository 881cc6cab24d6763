import Foundation

/// Resolves what a user typed to one entity among named entities, as people type names.
///
/// Give it every name of every entity (old and new names, spellings from Spanish, English and
/// Russian sources); it matches in this order and stops at the first step with any match:
///
/// 0. the query (trimmed) equals an id exactly (`String` ids, or `RawRepresentable` ids with
///    a `String` raw value), e.g. `"alma-ata"`;
/// 1. ``NameKey/exact(_:)`` of the query equals that of a stored name;
/// 2. ``NameKey/loose(_:)`` of the query equals that of a stored name;
/// 3. the query's exact key, then its loose key, equals the key of a whole-word prefix or
///    suffix of a stored name ("Radek" → "Karl Radek", "Kurday" → "Kurday pass");
/// 4. otherwise ``Resolution/notFound(query:suggestions:)`` with the nearest names.
///
/// A name written "Surname, Forename" (as CMIF files and library catalogues write them) is
/// also stored as "Forename Surname", and such a query is also tried in that order, so
/// "Trotsky, Leon", "Leon Trotsky" and "Trotsky" find the same person.
///
/// Steps 1-3 are dictionary look-ups built at `init`. Step 4 scans every stored name and
/// computes an edit distance for each, which is fine for thousands of names (a few
/// milliseconds), not for millions. For other id types, or to let ids take part in the fuzzy
/// steps too, add a ``NameResolver/Entry`` whose `name` is the id.
///
/// ```swift
/// let resolver = NameResolver([
///     .init(id: "astrakhan", name: "Astrakhan", label: "Astrakhan"),
///     .init(id: "astrakhan", name: "Астрахань", label: "Astrakhan"),
/// ])
/// resolver.resolve("Astrakán")  // .found(id: "astrakhan", label: "Astrakhan", matched: "Astrakhan")
/// ```
public struct NameResolver<ID: Hashable & Sendable>: Sendable {

    /// One name of one entity, with the entity's display label.
    ///
    /// ```swift
    /// NameResolver<String>.Entry(id: "pishpek-frunze", name: "Bishkek", label: "Pishpek-Frunze")
    /// ```
    public struct Entry: Sendable {
        /// The entity this name belongs to, e.g. `"alma-ata"`.
        public var id: ID
        /// One name of the entity as a source spells it, e.g. `"Алма-Ата"`.
        public var name: String
        /// The canonical display name of the entity, e.g. `"Alma-Ata"`; the first entry of an id sets it.
        public var label: String

        /// Creates an entry, e.g. `Entry(id: "alma-ata", name: "Verny", label: "Alma-Ata")`.
        public init(id: ID, name: String, label: String) {
            self.id = id
            self.name = name
            self.label = label
        }
    }

    /// A stored name with its precomputed keys.
    private struct Stored: Sendable {
        var id: ID
        var name: String
        var exact: String
        var loose: String
        var looseScalars: [Unicode.Scalar]
    }

    private let stored: [Stored]
    private let labels: [ID: String]
    private let idStrings: [String: ID]
    private let byExact: [String: [Int]]
    private let byLoose: [String: [Int]]
    private let byPartialExact: [String: [Int]]
    private let byPartialLoose: [String: [Int]]

    /// Builds the look-up tables from every name of every entity.
    ///
    /// ```swift
    /// let resolver = NameResolver([.init(id: 1, name: "Tomsk", label: "Tomsk")])
    /// ```
    public init(_ entries: [Entry]) {
        var stored: [Stored] = []
        var labels: [ID: String] = [:]
        var idStrings: [String: ID] = [:]
        var byExact: [String: [Int]] = [:]
        var byLoose: [String: [Int]] = [:]
        var byPartialExact: [String: [Int]] = [:]
        var byPartialLoose: [String: [Int]] = [:]

        let withInversions = entries.flatMap { entry -> [Entry] in
            Self.reordered(entry.name).map { [entry, Entry(id: entry.id, name: $0, label: entry.label)] } ?? [entry]
        }
        for entry in withInversions {
            if labels[entry.id] == nil { labels[entry.id] = entry.label }
            if let text = Self.idString(entry.id), idStrings[text] == nil { idStrings[text] = entry.id }

            let exact = NameKey.exact(entry.name)
            guard !exact.isEmpty else { continue }
            let loose = NameKey.loose(entry.name)
            let index = stored.count
            stored.append(Stored(id: entry.id, name: entry.name, exact: exact, loose: loose,
                                 looseScalars: Array(loose.unicodeScalars)))
            byExact[exact, default: []].append(index)
            byLoose[loose, default: []].append(index)

            // Whole-word proper prefixes and suffixes: "karl radek" → "karl", "radek".
            let words = exact.split(separator: " ").map(String.init)
            if words.count > 1 {
                var parts: Set<String> = []
                for cut in 1..<words.count {
                    parts.insert(words[..<cut].joined(separator: " "))
                    parts.insert(words[cut...].joined(separator: " "))
                }
                var looseParts: Set<String> = []
                for part in parts {
                    byPartialExact[part, default: []].append(index)
                    looseParts.insert(NameKey.loose(part))
                }
                for part in looseParts where !part.isEmpty {
                    byPartialLoose[part, default: []].append(index)
                }
            }
        }
        self.stored = stored
        self.labels = labels
        self.idStrings = idStrings
        self.byExact = byExact
        self.byLoose = byLoose
        self.byPartialExact = byPartialExact
        self.byPartialLoose = byPartialLoose
    }

    /// Resolves a typed name to one entity, the ambiguous candidates, or suggestions.
    ///
    /// ```swift
    /// resolver.resolve("Smirnov")  // .ambiguous(query: "Smirnov", candidates: [Ivan Smirnov, Vladimir Smirnov])
    /// ```
    public func resolve(_ query: String) -> Resolution<ID> {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        if let id = idStrings[trimmed] {
            return .found(id: id, label: label(of: id), matched: trimmed)
        }
        let exact = NameKey.exact(query)
        guard !exact.isEmpty else { return .notFound(query: query, suggestions: []) }
        let loose = NameKey.loose(query)

        for hits in [byExact[exact], byLoose[loose], byPartialExact[exact], byPartialLoose[loose]] {
            if let hits, !hits.isEmpty { return outcome(query: query, trimmed: trimmed, hits: hits) }
        }
        if let turned = Self.reordered(trimmed) {
            let found = resolve(turned)
            if case .notFound = found {} else { return found }
        }
        return .notFound(query: query, suggestions: suggestions(exact: exact, loose: loose))
    }

    /// "Trotsky, Leon" → "Leon Trotsky"; nil for a name without exactly one comma between words.
    ///
    /// ```swift
    /// NameResolver<String>.reordered("Trotsky, Leon")   // "Leon Trotsky"
    /// ```
    public static func reordered(_ name: String) -> String? {
        let parts = name.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let surname = parts[0].trimmingCharacters(in: .whitespaces), forename = parts[1].trimmingCharacters(in: .whitespaces)
        guard !surname.isEmpty, !forename.isEmpty else { return nil }
        return forename + " " + surname
    }

    // MARK: - Private

    private static func idString(_ id: ID) -> String? {
        if let text = id as? String { return text }
        if let raw = id as? any RawRepresentable, let text = raw.rawValue as? String { return text }
        return nil
    }

    private func label(of id: ID) -> String { labels[id] ?? "" }

    /// One id → found; several → ambiguous, one candidate per id sorted by label.
    ///
    /// Of an id's matching names, `matched` is the spelling typed, else the label, else the first stored.
    private func outcome(query: String, trimmed: String, hits: [Int]) -> Resolution<ID> {
        var order: [ID] = []
        var matched: [ID: (name: String, rank: Int)] = [:]
        for index in hits {
            let name = stored[index]
            let rank = name.name == trimmed ? 0 : name.name == label(of: name.id) ? 1 : 2
            if let current = matched[name.id] {
                if rank < current.rank { matched[name.id] = (name.name, rank) }
            } else {
                order.append(name.id)
                matched[name.id] = (name.name, rank)
            }
        }
        if order.count == 1, let id = order.first {
            return .found(id: id, label: label(of: id), matched: matched[id]?.name ?? "")
        }
        let candidates = order
            .map { Candidate(id: $0, label: label(of: $0), matched: matched[$0]?.name ?? "") }
            .sorted { ($0.label, $0.matched) < ($1.label, $1.matched) }
        return .ambiguous(query: query, candidates: candidates)
    }

    /// Names within max(2, length/3) edits of the loose key, or that the query begins (≥ 3 letters).
    private func suggestions(exact: String, loose: String) -> [Candidate<ID>] {
        let query = Array(loose.unicodeScalars)
        let limit = max(2, query.count / 3)
        // Per id, its closest name; on a tie the label, else the first stored.
        var best: [ID: (distance: Int, rank: Int, order: Int)] = [:]
        for (index, name) in stored.enumerated() {
            let distance = EditDistance.damerauLevenshtein(query, name.looseScalars)
            let isPrefix = (query.count >= 3 && name.loose.hasPrefix(loose))
                || (exact.unicodeScalars.count >= 3 && name.exact.hasPrefix(exact))
            guard distance <= limit || isPrefix else { continue }
            let rank = name.name == label(of: name.id) ? 0 : 1
            if let current = best[name.id], (current.distance, current.rank) <= (distance, rank) { continue }
            best[name.id] = (distance, rank, index)
        }
        return best
            .map { id, hit in (hit.distance, Candidate(id: id, label: label(of: id), matched: stored[hit.order].name)) }
            .sorted { ($0.0, $0.1.label, $0.1.matched) < ($1.0, $1.1.label, $1.1.matched) }
            .prefix(5)
            .map(\.1)
    }
}

/// The outcome of ``NameResolver/resolve(_:)``.
///
/// ```swift
/// if case .found(let id, let label, _) = resolver.resolve("Almaty") { print(id, label) }  // alma-ata Alma-Ata
/// ```
public enum Resolution<ID: Hashable & Sendable>: Sendable, Hashable {
    /// Exactly one entity matched; `matched` is the stored name that matched (the spelling typed, else the label, else the first stored), e.g. `"Almaty"`.
    case found(id: ID, label: String, matched: String)
    /// Several entities matched at the same step, sorted by label, e.g. "Smirnov" → Ivan, Vladimir.
    case ambiguous(query: String, candidates: [Candidate<ID>])
    /// Nothing matched; at most 5 suggestions, nearest first ("did you mean Astrakhan?"), maybe none.
    case notFound(query: String, suggestions: [Candidate<ID>])
}

/// One entity offered as a candidate or suggestion, with the stored name that brought it up.
///
/// ```swift
/// Candidate(id: "astrakhan", label: "Astrakhan", matched: "Astrakán")
/// ```
public struct Candidate<ID: Hashable & Sendable>: Sendable, Hashable {
    /// The entity's id, e.g. `"ivan-smirnov"`.
    public let id: ID
    /// The entity's display label, e.g. `"Ivan Smirnov"`.
    public let label: String
    /// The stored name that matched or came nearest, e.g. `"Iván Smirnov"`.
    public let matched: String

    /// Creates a candidate, e.g. `Candidate(id: 7, label: "Tomsk", matched: "Tomsk")`.
    public init(id: ID, label: String, matched: String) {
        self.id = id
        self.label = label
        self.matched = matched
    }
}
