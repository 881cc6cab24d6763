/// One form of a stored name with the keys it is found by: what ``NameResolver`` holds in
/// memory and the atlas's name index holds in its tables.
///
/// A name gives one form, or two when written "Surname, Forename" (as CMIF files and library
/// catalogues write them): the name as written, then "Forename Surname". A name whose exact
/// key is empty (only punctuation) gives none.
///
/// ```swift
/// NameForm.forms(of: "Trotsky, Leon").map(\.name)   // ["Trotsky, Leon", "Leon Trotsky"]
/// NameForm.forms(of: "Karl Radek")[0].exactParts     // ["karl", "radek"]
/// ```
public struct NameForm: Sendable, Hashable {
    /// The form: the name as written, or turned ("Leon Trotsky" from "Trotsky, Leon").
    public let name: String
    /// Whether this is the turned form of a name written "Surname, Forename".
    public let turned: Bool
    /// ``NameKey/exact(_:)`` of the form, never empty.
    public let exact: String
    /// ``NameKey/loose(_:)`` of the form.
    public let loose: String
    /// The exact keys of the whole-word proper prefixes and suffixes of `exact`
    /// ("karl radek" → "karl", "radek"), sorted; empty for a one-word name.
    public let exactParts: [String]
    /// The loose keys of those parts, without empty ones, sorted.
    public let looseParts: [String]

    /// The forms of one stored name, the name as written first.
    ///
    /// ```swift
    /// NameForm.forms(of: "Pishpek-Frunze")[0].loose   // "pishpekfrunze"
    /// ```
    public static func forms(of written: String) -> [NameForm] {
        ([(written, false)] + (NameResolver<String>.reordered(written).map { [($0, true)] } ?? []))
            .compactMap { name, turned in NameForm(name: name, turned: turned) }
    }

    private init?(name: String, turned: Bool) {
        let exact = NameKey.exact(name)
        guard !exact.isEmpty else { return nil }
        self.name = name
        self.turned = turned
        self.exact = exact
        self.loose = NameKey.loose(name)
        let words = exact.split(separator: " ").map(String.init)
        var parts: Set<String> = []
        if words.count > 1 {
            for cut in 1..<words.count {
                parts.insert(words[..<cut].joined(separator: " "))
                parts.insert(words[cut...].joined(separator: " "))
            }
        }
        exactParts = parts.sorted()
        looseParts = Set(parts.map(NameKey.loose)).filter { !$0.isEmpty }.sorted()
    }
}
