import GRDB

extension ImportContext {
    /// What the atlas already holds about its places and sources, read once when the context
    /// is made: an import that matches a place adds only the names and authority URIs the
    /// place does not have yet, so importing a file twice changes nothing (a row the atlas
    /// holds with other evidence would otherwise be a conflict).
    public struct Held: Sendable {
        /// A source row: its kind, title and URL.
        public struct SourceRow: Sendable, Hashable {
            /// The source's kind: `text`, `reference` or `estimate`.
            public var kind: String
            /// The source's title as the atlas holds it.
            public var title: String
            /// The source's URL; nil when it has none.
            public var url: String?
        }

        /// Each place's canonical name, by id.
        public let placeNames: [String: String]
        /// Each source, by id.
        public let sources: [String: SourceRow]
        /// `place_name` keys (place id, name, language), joined by U+001F.
        private let names: Set<String>
        /// The place each authority URI (normalised) belongs to.
        private let placeURIs: [String: String]

        init(db: Database) throws {
            var placeNames: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM place") { placeNames[row["id"]] = row["name"] }
            var names = Set<String>()
            for row in try Row.fetchAll(db, sql: "SELECT place_id, name, language FROM place_name") {
                names.insert(Self.key(row["place_id"], row["name"], row["language"]))
            }
            var placeURIs: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT entity_id, uri FROM authority WHERE entity = 'place'") {
                placeURIs[ImportContext.normal(row["uri"])] = row["entity_id"]
            }
            var sources: [String: SourceRow] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, kind, title, url FROM source") {
                sources[row["id"]] = SourceRow(kind: row["kind"], title: row["title"], url: row["url"])
            }
            self.placeNames = placeNames
            self.names = names
            self.placeURIs = placeURIs
            self.sources = sources
        }

        /// Whether the place already has this name in this language (the key of `place_name`).
        public func hasName(_ name: String, language: String, place: String) -> Bool {
            names.contains(Self.key(place, name, language))
        }

        /// The place the atlas gives this authority URI to (any spelling of it), if any.
        public func place(holdingURI uri: String) -> String? { placeURIs[ImportContext.normal(uri)] }

        private static func key(_ place: String, _ name: String, _ language: String) -> String {
            "\(place)\u{1F}\(name)\u{1F}\(language)"
        }
    }
}
