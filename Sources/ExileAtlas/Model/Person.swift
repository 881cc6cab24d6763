/// A person, or a group that acts as one ("the deportees of Yeniseysk").
///
/// ```swift
/// let radek = try atlas.person(id: "radek")
/// ```
public struct Person: Sendable, Hashable, Codable, Identifiable {
    /// Whether the row is one named person, a group, or an unnamed actor.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case individual, group, unnamed
    }
    public var id: String
    public var name: String
    public var kind: Kind
    public var born: HistoricalDate?
    public var died: HistoricalDate?
    public var evidence: Evidence
    public var note: String?

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
        case official, text, variant, ocr, diminutive, birth
    }
    public var personID: String
    public var name: String
    public var language: String
    public var kind: Kind
    public var evidence: Evidence
    public var note: String?

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
        case deportee, family, secretary, escort, courier, official, capitulator, decemist,
             correspondent
        case foreignCommunist = "foreign-communist"
        case author, historical
    }
    public var personID: String
    public var role: Role
    public var evidence: Evidence
    public var note: String?

    public init(personID: String, role: Role, evidence: Evidence, note: String? = nil) {
        self.personID = personID; self.role = role; self.evidence = evidence; self.note = note
    }
}
