/// What one node of a correspondence network stands for: a person, a group acting as one, or
/// a place.
///
/// The rule, written once: an id that names a person row is a `group` when that row's kind
/// is `group` ("the exile colonies", "the Moscow Trotskyists"), otherwise a `person` (named
/// or unnamed: "the head of the GPU at Alma Ata"); an id that names a place is a `place`
/// (Moscow, or Siberia standing for the colonies there). So a network by person marks the
/// groups and places that rank among its people.
///
/// ```swift
/// NodeKind(Person.Kind.group)          // .group
/// network.kind(of: "moscow")           // .place
/// ```
public enum NodeKind: String, Sendable, Hashable, CaseIterable {
    /// A person, named or not; a group acting as one; a place.
    case person, group, place

    /// The node kind of a person row of this kind: `group` for a group, `person` otherwise.
    ///
    /// ```swift
    /// NodeKind(Person.Kind.unnamed)   // .person
    /// ```
    public init(_ kind: Person.Kind) {
        self = kind == .group ? .group : .person
    }
}
