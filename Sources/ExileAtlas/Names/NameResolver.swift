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
/// Steps 1-3 are dictionary look-ups built at `init`. Step 4 computes an edit distance for
/// every stored name, which is fine for thousands of names (a few milliseconds), not for
/// millions: an atlas resolves by its name index instead (`Atlas.resolvePlace(_:)`,
/// `Atlas.resolvePerson(_:)`), taking the same steps as indexed queries, with the same rules
/// (they share this type's code) and suggestions over the few names its trigram index offers.
/// For other id types, or to let ids take part in the fuzzy steps too, add a
/// ``NameResolver/Entry`` whose `name` is the id.
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

    /// A stored name form that a look-up found, with its entity's label: what the matching
    /// steps and the suggestions work on, whether the names are held in memory or in the
    /// atlas's name index.
    struct Match: Sendable {
        /// The entity, e.g. `"alma-ata"`.
        var id: ID
        /// The entity's display label, e.g. `"Alma-Ata"`.
        var label: String
        /// The stored form, e.g. `"Almaty"`.
        var name: String
        /// ``NameKey/exact(_:)`` of the form.
        var exact: String
        /// ``NameKey/loose(_:)`` of the form.
        var loose: String
    }

    /// Every stored form, in the order given (a name's turned form right after it).
    private let stored: [Match]
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
        var stored: [Match] = []
        var labels: [ID: String] = [:]
        var idStrings: [String: ID] = [:]
        var byExact: [String: [Int]] = [:]
        var byLoose: [String: [Int]] = [:]
        var byPartialExact: [String: [Int]] = [:]
        var byPartialLoose: [String: [Int]] = [:]

        for entry in entries {
            if labels[entry.id] == nil { labels[entry.id] = entry.label }
            if let text = Self.idString(entry.id), idStrings[text] == nil { idStrings[text] = entry.id }
            for form in NameForm.forms(of: entry.name) {
                let index = stored.count
                stored.append(Match(id: entry.id, label: labels[entry.id] ?? entry.label, name: form.name,
                                    exact: form.exact, loose: form.loose))
                byExact[form.exact, default: []].append(index)
                byLoose[form.loose, default: []].append(index)
                for part in form.exactParts { byPartialExact[part, default: []].append(index) }
                for part in form.looseParts { byPartialLoose[part, default: []].append(index) }
            }
        }
        self.stored = stored
        self.idStrings = idStrings
        self.byExact = byExact
        self.byLoose = byLoose
        self.byPartialExact = byPartialExact
        self.byPartialLoose = byPartialLoose
        self.labels = labels
    }

    private let labels: [ID: String]

    /// Resolves a typed name to one entity, the ambiguous candidates, or suggestions.
    ///
    /// ```swift
    /// resolver.resolve("Smirnov")  // .ambiguous(query: "Smirnov", candidates: [Ivan Smirnov, Vladimir Smirnov])
    /// ```
    public func resolve(_ query: String) -> Resolution<ID> {
        Self.resolve(
            query,
            entity: { text in idStrings[text].map { ($0, labels[$0] ?? "") } },
            matches: { exact, loose in
                for hits in [byExact[exact], byLoose[loose], byPartialExact[exact], byPartialLoose[loose]] {
                    if let hits, !hits.isEmpty { return hits.map { stored[$0] } }
                }
                return []
            },
            candidates: { _, _ in stored })
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

    // MARK: - The steps, wherever the names are kept

    /// The matching steps of the type's documentation, over names kept anywhere: in this
    /// resolver's tables, or in the atlas's name index (`Atlas.resolvePlace(_:)`).
    ///
    /// - Parameters:
    ///   - query: what the user typed.
    ///   - entity: the entity whose id is exactly this text (step 0), with its label, or nil.
    ///   - matches: the forms of the first of steps 1-3 with any match for these exact and
    ///     loose keys, in stored order; empty when none matches.
    ///   - candidates: forms that include every form near enough to these keys to suggest
    ///     (any superset will do; only those within reach are suggested), in stored order.
    static func resolve(
        _ query: String,
        entity: (String) throws -> (id: ID, label: String)?,
        matches: (_ exact: String, _ loose: String) throws -> [Match],
        candidates: (_ exact: String, _ loose: String) throws -> [Match]
    ) rethrows -> Resolution<ID> {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        if let found = try entity(trimmed) {
            return .found(id: found.id, label: found.label, matched: trimmed)
        }
        let exact = NameKey.exact(query)
        guard !exact.isEmpty else { return .notFound(query: query, suggestions: []) }
        let loose = NameKey.loose(query)

        let hits = try matches(exact, loose)
        if !hits.isEmpty { return outcome(query: query, trimmed: trimmed, hits: hits) }
        if let turned = reordered(trimmed) {
            let found = try resolve(turned, entity: entity, matches: matches, candidates: candidates)
            if case .notFound = found {} else { return found }
        }
        return .notFound(query: query, suggestions: suggestions(exact: exact, loose: loose, among: try candidates(exact, loose)))
    }

    /// The largest edit distance between loose keys that still makes a suggestion:
    /// max(2, a third of the query's loose key), counted in Unicode scalars.
    static func suggestionReach(_ loose: String) -> Int {
        max(2, loose.unicodeScalars.count / 3)
    }

    // MARK: - Private

    private static func idString(_ id: ID) -> String? {
        if let text = id as? String { return text }
        if let raw = id as? any RawRepresentable, let text = raw.rawValue as? String { return text }
        return nil
    }

    /// One id → found; several → ambiguous, one candidate per id sorted by label.
    ///
    /// Of an id's matching names, `matched` is the spelling typed, else the label, else the first stored.
    private static func outcome(query: String, trimmed: String, hits: [Match]) -> Resolution<ID> {
        var order: [ID] = []
        var matched: [ID: (name: String, label: String, rank: Int)] = [:]
        for name in hits {
            let rank = name.name == trimmed ? 0 : name.name == name.label ? 1 : 2
            if let current = matched[name.id] {
                if rank < current.rank { matched[name.id] = (name.name, name.label, rank) }
            } else {
                order.append(name.id)
                matched[name.id] = (name.name, name.label, rank)
            }
        }
        if order.count == 1, let id = order.first, let hit = matched[id] {
            return .found(id: id, label: hit.label, matched: hit.name)
        }
        let candidates = order
            .map { Candidate(id: $0, label: matched[$0]?.label ?? "", matched: matched[$0]?.name ?? "") }
            .sorted { ($0.label, $0.matched) < ($1.label, $1.matched) }
        return .ambiguous(query: query, candidates: candidates)
    }

    /// Names within ``suggestionReach(_:)`` edits of the loose key, or that the query begins
    /// (≥ 3 letters); per entity its nearest name, nearest entities first, at most five.
    private static func suggestions(exact: String, loose: String, among stored: [Match]) -> [Candidate<ID>] {
        let query = Array(loose.unicodeScalars)
        let limit = suggestionReach(loose)
        // Per id, its closest name; on a tie the label, else the first stored.
        var best: [ID: (distance: Int, rank: Int, order: Int)] = [:]
        for (index, name) in stored.enumerated() {
            let distance = EditDistance.damerauLevenshtein(query, Array(name.loose.unicodeScalars))
            let isPrefix = (query.count >= 3 && name.loose.hasPrefix(loose))
                || (exact.unicodeScalars.count >= 3 && name.exact.hasPrefix(exact))
            guard distance <= limit || isPrefix else { continue }
            let rank = name.name == name.label ? 0 : 1
            if let current = best[name.id], (current.distance, current.rank) <= (distance, rank) { continue }
            best[name.id] = (distance, rank, index)
        }
        return best
            .map { id, hit in (hit.distance, Candidate(id: id, label: stored[hit.order].label, matched: stored[hit.order].name)) }
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
