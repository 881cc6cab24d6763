/// A place: a city, an exile colony, a station, a house, a river, a region.
///
/// ```swift
/// let almaAta = try atlas.place(id: "alma-ata")
/// print(almaAta.name, almaAta.coordinate?.latitude ?? "unlocated")
/// ```
public struct Place: Sendable, Hashable, Codable, Identifiable {
    /// What sort of place it is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The kinds of Fixtures/place.csv, from settlements (city, town, village) through points
        /// on a route (port, station, siding, stop) and buildings to features and areas (river,
        /// lake, sea, island, region, country).
        case city, town, village, port, station, siding, stop, house, building, street,
             institution, pass, river, lake, sea, island, region, country
    }
    /// The stable slug (`alma-ata`).
    public var id: String
    /// The canonical English name of 1928-29 (`Alma Ata`).
    public var name: String
    /// What sort of place it is (a city, a station, a house ...).
    public var kind: Kind
    /// The place this one lies in (the house lies in Alma Ata).
    public var parentID: String?
    /// WGS84 position, or nil for a place the sources leave unlocated.
    public var coordinate: Coordinate?
    /// Where the coordinate comes from (a `source` id) and its record (`geonames:1526384`).
    public var coordinateSourceID: String?
    /// The coordinate's record in its source (`geonames:1526384`); nil when there is no coordinate.
    public var coordinateReference: String?
    /// How good the coordinate is, or why there is none.
    public var coordinateNote: String?
    /// The source, locator and quote the place rests on.
    public var evidence: Evidence
    /// The compilers' remark on the place; nil when there is none.
    public var note: String?

    /// Creates a place; leave `coordinate` nil for a place the sources do not locate, and say why
    /// in `coordinateNote`.
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
    /// Degrees north of the equator, -90 ... 90.
    public var latitude: Double
    /// Degrees east of Greenwich, -180 ... 180.
    public var longitude: Double
    /// Creates a coordinate from a latitude and a longitude in degrees (WGS84).
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
    /// The place named, a `place` id (`pishpek-frunze`).
    public var placeID: String
    /// The name as written (`Frunze`, `Moscú`).
    public var name: String
    /// The language of the name or of the source using it, an ISO 639-1 code (`es`, `en`, `ru`).
    public var language: String
    /// What standing the name has: official in a period, a source's spelling, a variant, OCR damage
    /// or today's name.
    public var kind: Kind
    /// For an official name, when it was in use; for a source's spelling, when the source uses it
    /// for events (Pishpek-Frunze in 1928, Frunze in 1929). Nil means at any time.
    public var period: HistoricalDate?
    /// The source, locator and quote where the name occurs.
    public var evidence: Evidence
    /// The compilers' remark on the name; nil when there is none.
    public var note: String?

    /// Creates a name of a place; `period` nil means the name holds at any time.
    public init(placeID: String, name: String, language: String, kind: Kind,
                period: HistoricalDate? = nil, evidence: Evidence, note: String? = nil) {
        self.placeID = placeID; self.name = name; self.language = language; self.kind = kind
        self.period = period; self.evidence = evidence; self.note = note
    }
}
