/// What one tie of the correspondence network stands for, the rule of what counts as a
/// message: a documented message of some kind (letter, telegram, circular, protest and the
/// other `Letter.Kind`s), a regular contact a source describes, or one half of a relay (the
/// origin to the relaying person, or the relaying person on to the destination).
///
/// Messages are documents that were sent; contacts and relays are channels a source says
/// existed. Counts keep them apart (`CorrespondenceGraph.Counts`), and relay chains name the
/// kind of each hop.
///
/// ```swift
/// TieKind.message(.telegram).name   // "telegram"
/// TieKind.relay.isMessage           // false
/// TieKind(name: "circular")         // .message(.circular)
/// ```
public enum TieKind: Sendable, Hashable, Comparable {
    /// A documented message of this `Letter.Kind`.
    case message(Letter.Kind)
    /// A regular contact a source describes, without a relay.
    case contact
    /// One hop of a relay: the origin to the relaying person, or the relaying person on to the
    /// destination.
    case relay

    /// The kind's name as exports and tables write it: the letter kind, `contact` or `relay`.
    public var name: String {
        switch self {
        case let .message(kind): kind.rawValue
        case .contact: "contact"
        case .relay: "relay"
        }
    }

    /// Whether the tie is a documented message (not a contact or a relay).
    public var isMessage: Bool {
        if case .message = self { return true }
        return false
    }

    /// The tie kind a name stands for (`"letter"`, `"contact"`, `"relay"`), or nil.
    public init?(name: String) {
        switch name {
        case "contact": self = .contact
        case "relay": self = .relay
        default:
            guard let kind = Letter.Kind(rawValue: name) else { return nil }
            self = .message(kind)
        }
    }

    /// The tie a contact gives: `relay` when it goes through a relaying place or person,
    /// `contact` otherwise.
    ///
    /// ```swift
    /// TieKind(contact)   // .relay for "Alma Ata to the Crimea through Rakovsky"
    /// ```
    public init(_ contact: Contact) {
        self = (contact.viaPlaceID ?? contact.viaPersonID) == nil ? .contact : .relay
    }

    /// Messages first (in `Letter.Kind` order), then contacts, then relays.
    public static func < (a: TieKind, b: TieKind) -> Bool {
        a.order < b.order
    }

    private var order: Int {
        switch self {
        case let .message(kind): Letter.Kind.allCases.firstIndex(of: kind) ?? 0
        case .contact: Letter.Kind.allCases.count
        case .relay: Letter.Kind.allCases.count + 1
        }
    }
}
