import Foundation

/// A JSON value with the position (line, column) of its first character, so a reader can
/// say where in a file a value is wrong. `JSONSerialization` gives no positions; this small
/// RFC 8259 parser does, and is the only JSON parser the Linked Places reader uses.
///
/// ```swift
/// let root = try LocatedJSON.parse(Array(#"{"a": [1, "x"]}"#.utf8))
/// root["a"]?.position         // TextPosition(line: 1, column: 7)
/// root["a"]?.array?[1].string // "x"
/// ```
struct LocatedJSON: Sendable {
    enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([LocatedJSON])
        case object([Member])
    }

    /// An object member: its key (with the key's position) and value.
    struct Member: Sendable {
        var key: String
        var keyPosition: TextPosition
        var value: LocatedJSON
    }

    var value: Value
    var position: TextPosition

    /// The member's value, for an object that has the key.
    subscript(key: String) -> LocatedJSON? {
        guard case let .object(members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    var string: String? { if case let .string(text) = value { text } else { nil } }
    var number: Double? { if case let .number(number) = value { number } else { nil } }
    var array: [LocatedJSON]? { if case let .array(items) = value { items } else { nil } }
    var members: [Member]? { if case let .object(members) = value { members } else { nil } }
    var isNull: Bool { if case .null = value { true } else { false } }

    /// What kind of value this is, for messages ("a string", "an array").
    var kindName: String {
        switch value {
        case .null: "null"
        case .bool: "true or false"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// A syntax error at a position.
    struct SyntaxError: Error, Sendable {
        var position: TextPosition
        var message: String
    }

    /// Parses a whole JSON text (UTF-8, an optional byte-order mark skipped).
    /// - Throws: `SyntaxError` at the first character that is not JSON.
    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> LocatedJSON {
        var parser = Parser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.index == bytes.count else {
            throw parser.error("more text after the end of the JSON value; a file holds one value (here the FeatureCollection)")
        }
        return value
    }

    /// A recursive-descent scanner over the bytes that keeps line and column as it goes, so
    /// positions cost nothing extra even on a file written on one line.
    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        // The position of `mark`, advanced forward as the scan moves on.
        var mark = 0
        var markLine = 1
        var markColumn = 1

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func position() -> TextPosition {
            while mark < index, mark < bytes.count {
                if bytes[mark] == UInt8(ascii: "\n") { markLine += 1; markColumn = 1 }
                else if bytes[mark] & 0xC0 != 0x80 { markColumn += 1 }
                mark += 1
            }
            return TextPosition(line: markLine, column: markColumn)
        }

        mutating func error(_ message: String) -> SyntaxError {
            SyntaxError(position: position(), message: message)
        }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func value(depth: Int) throws(SyntaxError) -> LocatedJSON {
            guard depth < 512 else { throw error("the JSON nests deeper than 512 levels") }
            guard index < bytes.count else { throw error("the JSON ends where a value should be: the file is truncated") }
            let start = position()
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var members: [Member] = []
                var keys: Set<String> = []
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return LocatedJSON(value: .object([]), position: start) }
                while true {
                    skipSpace()
                    guard index < bytes.count else { throw error("the JSON ends inside an object (opened at \(start)): the file is truncated") }
                    guard bytes[index] == UInt8(ascii: "\"") else { throw error("a key in double quotes expected here") }
                    let keyPosition = position()
                    let key = try string()
                    guard keys.insert(key).inserted else {
                        throw SyntaxError(position: keyPosition, message: "the key \"\(key)\" appears twice in one object; keep one")
                    }
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                        throw error(index < bytes.count ? "a : expected after the key \"\(key)\"" : "the JSON ends inside an object (opened at \(start)): the file is truncated")
                    }
                    index += 1
                    skipSpace()
                    members.append(Member(key: key, keyPosition: keyPosition, value: try value(depth: depth + 1)))
                    skipSpace()
                    guard index < bytes.count else { throw error("the JSON ends inside an object (opened at \(start)): the file is truncated") }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if bytes[index] == UInt8(ascii: "}") { index += 1; return LocatedJSON(value: .object(members), position: start) }
                    throw error("a , or } expected after a member of the object opened at \(start)")
                }
            case UInt8(ascii: "["):
                index += 1
                var items: [LocatedJSON] = []
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return LocatedJSON(value: .array([]), position: start) }
                while true {
                    skipSpace()
                    items.append(try value(depth: depth + 1))
                    skipSpace()
                    guard index < bytes.count else { throw error("the JSON ends inside an array (opened at \(start)): the file is truncated") }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if bytes[index] == UInt8(ascii: "]") { index += 1; return LocatedJSON(value: .array(items), position: start) }
                    throw error("a , or ] expected after an item of the array opened at \(start)")
                }
            case UInt8(ascii: "\""):
                return LocatedJSON(value: .string(try string()), position: start)
            case UInt8(ascii: "t"):
                try literal("true"); return LocatedJSON(value: .bool(true), position: start)
            case UInt8(ascii: "f"):
                try literal("false"); return LocatedJSON(value: .bool(false), position: start)
            case UInt8(ascii: "n"):
                try literal("null"); return LocatedJSON(value: .null, position: start)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return LocatedJSON(value: .number(try number()), position: start)
            default:
                throw error("not a JSON value here (a string, number, object, array, true, false or null)")
            }
        }

        mutating func literal(_ word: String) throws(SyntaxError) {
            let expected = Array(word.utf8)
            guard bytes.count - index >= expected.count, Array(bytes[index..<(index + expected.count)]) == expected else {
                throw error("not a JSON value here; did you mean \(word)?")
            }
            index += expected.count
        }

        mutating func number() throws(SyntaxError) -> Double {
            let start = index
            func digits() -> Int {
                let from = index
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
                return index - from
            }
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            let integer = digits()
            guard integer > 0 else { throw error("a number needs digits") }
            if integer > 1, bytes[index - integer] == UInt8(ascii: "0") { index = start; throw error("a number may not start with 0 (write 7, not 07)") }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { throw error("digits expected after the decimal point") }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { throw error("digits expected in the exponent") }
            }
            guard let number = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else {
                index = start
                throw error("not a number")
            }
            return number
        }

        /// A string, the index on its opening quote.
        mutating func string() throws(SyntaxError) -> String {
            let open = position()
            index += 1
            var out: [UInt8] = []
            while true {
                guard index < bytes.count else {
                    throw SyntaxError(position: open, message: "a string that is not closed: the file is truncated, or a \" is missing")
                }
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    guard let text = String(bytes: out, encoding: .utf8) else {
                        throw SyntaxError(position: open, message: "a string with bytes that are not UTF-8; save the file as UTF-8")
                    }
                    return text
                case UInt8(ascii: "\\"):
                    index += 1
                    guard index < bytes.count else { continue }
                    let escaped = bytes[index]
                    index += 1
                    switch escaped {
                    case UInt8(ascii: "\""): out.append(0x22)
                    case UInt8(ascii: "\\"): out.append(0x5C)
                    case UInt8(ascii: "/"): out.append(0x2F)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        var scalar = try hex4()
                        if (0xD800...0xDBFF).contains(scalar), bytes.count - index >= 6,
                           bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                            index += 2
                            let low = try hex4()
                            guard (0xDC00...0xDFFF).contains(low) else { index -= 6; throw error("a \\u escape of half a character (a lone surrogate)") }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let unicode = Unicode.Scalar(scalar) else { index -= 6; throw error("a \\u escape of half a character (a lone surrogate)") }
                        out += Array(String(Character(unicode)).utf8)
                    default:
                        index -= 2
                        throw error("an escape JSON does not have; write \\\\ for a backslash")
                    }
                case 0x00..<0x20:
                    throw error("a control character (such as a line break) inside a string; write \\n, or close the string")
                default:
                    out.append(byte)
                    index += 1
                }
            }
        }

        mutating func hex4() throws(SyntaxError) -> UInt32 {
            guard bytes.count - index >= 4, let value = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16) else {
                throw error("\\u needs four hexadecimal digits")
            }
            index += 4
            return value
        }
    }
}
