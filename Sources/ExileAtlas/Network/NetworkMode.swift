/// What the nodes of a correspondence network are: people, or the places they wrote from.
///
/// One type for every command and export that takes `--by`: the network, its measures, its
/// exports and the maps (which draw places only).
///
/// ```swift
/// let people = CorrespondenceGraph(letters: letters, contacts: contacts, exiles: exiles,
///                                  tallies: tallies, by: .person)
/// people.mode   // .person
/// ```
public enum NetworkMode: String, Sendable, Hashable, CaseIterable {
    /// People (and groups) as nodes; a place stands in for the unnamed people there when a
    /// letter or contact names no person ("the authorities in Moscow").
    case person
    /// Places as nodes: where the sender and recipient were, from the letter or from
    /// `Placement` when the letter does not say.
    case place
}
