/// A unit of length the sources use, with its exact size in metres.
///
/// ```swift
/// LengthUnit.verst.convert(4_000, to: .kilometre)   // 4267.2
/// ```
public enum LengthUnit: String, Sendable, Codable, CaseIterable {
    /// The metre.
    case metre = "m"
    /// The kilometre, 1,000 m.
    case kilometre = "km"
    /// The Russian verst of 500 sazhen (1,066.8 m), the unit of Trotsky's "4,000 versts".
    case verst
    /// The international statute mile.
    case mile = "mi"
    /// The international nautical mile.
    case nauticalMile = "nmi"

    /// Metres in one unit (all exact by definition).
    public var metres: Double {
        switch self {
        case .metre: 1
        case .kilometre: 1_000
        case .verst: 1_066.8
        case .mile: 1_609.344
        case .nauticalMile: 1_852
        }
    }

    /// The unit's name as a table heading reads it.
    public var symbol: String {
        switch self {
        case .metre: "m"
        case .kilometre: "km"
        case .verst: "versts"
        case .mile: "mi"
        case .nauticalMile: "nmi"
        }
    }

    /// `value` of this unit expressed in `other`.
    public func convert(_ value: Double, to other: LengthUnit) -> Double {
        value * metres / other.metres
    }

    /// Reads the names people type: km, kilometres, versts, verst, mi, miles, nmi...
    public init?(name: String) {
        switch name.lowercased() {
        case "m", "metre", "metres", "meter", "meters": self = .metre
        case "km", "kilometre", "kilometres", "kilometer", "kilometers": self = .kilometre
        case "verst", "versts", "versta", "verstas": self = .verst
        case "mi", "mile", "miles": self = .mile
        case "nmi", "nautical-mile", "nautical-miles", "nm": self = .nauticalMile
        default: return nil
        }
    }
}
