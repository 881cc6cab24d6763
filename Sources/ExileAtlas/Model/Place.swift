/// A place: a city, an exile colony, a station, a house, a river, a region.
///
/// ```swift
/// let almaAta = try atlas.place(id: "alma-ata")
/// print(almaAta.name, almaAta.coordinate?.latitude ?? "unlocated")
/// ```
public struct Place: Sendable, Hashable, Codable, Identifiable {
    /// What sort of place it is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case city, town, village, port, station, siding, stop, house, building, street,
             institution, pass, river, lake, sea, island, region, country
    }
    /// The stable slug (`alma-ata`).
    public var id: String
    /// The canonical English name of 1928-29 (`Alma Ata`).
    public var name: String
    public var kind: Kind
    /// The place this one lies in (the house lies in Alma Ata).
    public var parentID: String?
    /// WGS84 position, or nil for a place the sources leave unlocated.
    public var coordinate: Coordinate?
    /// Where the coordinate comes from (a `source` id) and its record (`geonames:1526384`).
    public var coordinateSourceID: String?
    public var coordinateReference: String?
    /// How good the coordinate is, or why there is none.
    public var coordinateNote: String?
    public var evidence: Evidence
    public var note: String?

    public init(id: String, name: String, kind: Kind, parentID: String? = nil,
                coordinate: Coordinate? = nil, coordinateSourceID: String? = nil,
                coordinateReference: String? = nil, coordinateNote: String? = nil,
                evidence: Evidence, note: String? = nil) {
        self.id = id; self.name = name; self.kind = kind; self.parentID = parentID
        self.coordinate = coordinate; self.coordinateSourceID = coordinateSourceID
        self.coordinateReference = coordinateReference; self.coordinateNote = coordinateNote
        self.evidence = evidence; self.note = note
    }
}

/// A WGS84 latitude and longitude in degrees.
public struct Coordinate: Sendable, Hashable, Codable {
    public var latitude: Double
    public var longitude: Double
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// One name of a place: official in a period, a source's spelling, a variant.
///
/// ```swift
/// let frunze = PlaceName(placeID: "pishpek-frunze", name: "Frunze", language: "en",
///                        kind: .official, period: try HistoricalDate(parsing: "1926/1991"), ...)
/// ```
public struct PlaceName: Sendable, Hashable, Codable {
    /// What standing a name has.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The name in official use during `period`.
        case official
        /// A spelling a source uses.
        case text
        /// Another accepted spelling.
        case variant
        /// An OCR-damaged spelling in a source, kept so that searches find it.
        case ocr
        /// Today's name.
        case modern
    }
    public var placeID: String
    public var name: String
    public var language: String
    public var kind: Kind
    public var period: HistoricalDate?
    public var evidence: Evidence
    public var note: String?

    public init(placeID: String, name: String, language: String, kind: Kind,
                period: HistoricalDate? = nil, evidence: Evidence, note: String? = nil) {
        self.placeID = placeID; self.name = name; self.language = language; self.kind = kind
        self.period = period; self.evidence = evidence; self.note = note
    }
}
