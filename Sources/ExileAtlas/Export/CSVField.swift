import Foundation

/// RFC 4180 output: a field is quoted when it holds a comma, quote or line break, and a
/// quote inside it is doubled. (Reading CSV is SwiftCSV's job; writing needs only this.)
///
/// ```swift
/// CSVField.escape("Alma Ata")            // Alma Ata
/// CSVField.escape("Frunze, Pishpek")     // "Frunze, Pishpek"
/// CSVField.line(["a", "b,c"])            // a,"b,c"
/// ```
public enum CSVField {
    /// The field as RFC 4180 writes it: quoted when it holds a comma, quote or line break.
    ///
    /// ```swift
    /// CSVField.escape(#"the "Ilych""#)  // "the ""Ilych"""
    /// ```
    ///
    /// - Parameter field: The text of one field.
    public static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record: the fields escaped and joined by commas, without a line break.
    ///
    /// ```swift
    /// CSVField.line(["id", "place"])  // id,place
    /// ```
    ///
    /// - Parameter fields: The fields, in column order.
    public static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",")
    }
}
