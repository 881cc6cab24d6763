/// A person, or a group that acts as one ("the deportees of Yeniseysk").
///
/// ```swift
/// let radek = try atlas.person(id: "radek")
/// ```
public struct Person: Sendable, Hashable, Codable, Identifiable {
    /// Whether the row is one named person, a group, or an unnamed actor.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// One named person; a group that acts as one (the deportees of Yeniseysk); or an actor the
        /// sources do not name (the invalid postman of Alma Ata).
        case individual, group, unnamed
    }
    /// The person's stable id, as in Fixtures/person.csv (`trotsky`).
    public var id: String
    /// The name the atlas shows (`Leon Trotsky`).
    public var name: String
    /// Whether the row is one person, a group or an unnamed actor.
    public var kind: Kind
    /// When the person was born, as precisely as known (EDTF, `1879`); nil when unknown or for a
    /// group.
    public var born: HistoricalDate?
    /// When the person died, as precisely as known (EDTF, `1940-08-21`); nil when unknown, alive at
    /// the sources' time, or a group.
    public var died: HistoricalDate?
    /// The source, locator and quote the person rests on.
    public var evidence: Evidence
    /// The compilers' remark on the person (a birth name, say); nil when there is none.
    public var note: String?

    /// Creates a person, an individual by default.
    public init(id: String, name: String, kind: Kind = .individual, born: HistoricalDate? = nil,
                died: HistoricalDate? = nil, evidence: Evidence, note: String? = nil) {
        self.id = id; self.name = name; self.kind = kind; self.born = born; self.died = died
        self.evidence = evidence; self.note = note
    }
}

/// One name of a person: a source's spelling, a diminutive, the birth name.
public struct PersonName: Sendable, Hashable, Codable {
    /// What standing a name has.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The official name; a spelling a source uses; another accepted spelling; an OCR-damaged
        /// spelling, kept so that searches find it; a diminutive (`Liova`); the birth name
        /// (`Bronstein`).
        case official, text, variant, ocr, diminutive, birth
    }
    /// The person named, a `person` id.
    public var personID: String
    /// The name as written (`Trotskv` for an OCR spelling).
    public var name: String
    /// The language of the name or of the source using it, an ISO 639-1 code (`es`).
    public var language: String
    /// What standing the name has: official, a source's spelling, a variant, OCR damage ...
    public var kind: Kind
    /// The source, locator and quote where the name occurs.
    public var evidence: Evidence
    /// The compilers' remark on the name; nil when there is none.
    public var note: String?

    /// Creates a name of a person.
    public init(personID: String, name: String, language: String, kind: Kind,
                evidence: Evidence, note: String? = nil) {
        self.personID = personID; self.name = name; self.language = language; self.kind = kind
        self.evidence = evidence; self.note = note
    }
}

/// A role a person played, with its evidence.
public struct PersonRole: Sendable, Hashable, Codable {
    /// The roles the model knows.
    public enum Role: String, Sendable, Codable, CaseIterable {
        /// Deported or exiled; family of an exile; an exile's secretary; of an escort (the guard
        /// of 1928); a courier; an official of the party or the state (Stalin, Kalinin); one who
        /// capitulated (Zinoviev); a Decemist (Democratic Centralist: Sapronov); a correspondent.
        case deportee, family, secretary, escort, courier, official, capitulator, decemist,
             correspondent
        /// A communist of another country.
        case foreignCommunist = "foreign-communist"
        /// An author; a historical figure the sources name (Lenin).
        case author, historical
    }
    /// The person, a `person` id.
    public var personID: String
    /// The role the source shows the person playing.
    public var role: Role
    /// The source, locator and quote that show the role.
    public var evidence: Evidence
    /// The compilers' remark on the role; nil when there is none.
    public var note: String?

    /// Creates a role of a person.
    public init(personID: String, role: Role, evidence: Evidence, note: String? = nil) {
        self.personID = personID; self.role = role; self.evidence = evidence; self.note = note
    }
}
