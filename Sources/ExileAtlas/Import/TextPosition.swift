/// A place in a text file: 1-based line and column, the column counted in characters
/// (Unicode scalars), as editors show them.
///
/// Every value the CMIF and Linked Places readers return carries the position it was read
/// from, so a letter or a place can cite `letters.xml:40:13` as its locator.
///
/// ```swift
/// let file = try CMIFReader.read(contentsOf: URL(fileURLWithPath: "letters.xml"))
/// file.letters[0].position  // TextPosition(line: 40, column: 13)
/// ```
public struct TextPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The line, from 1.
    public var line: Int
    /// The column in characters, from 1.
    public var column: Int

    /// Creates a position from a 1-based line and a 1-based column in characters.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, as in `letters.xml:40:13`.
    public var description: String { "\(line):\(column)" }

    /// Orders positions as they come in the file: by line, then by column.
    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// The line starts of a UTF-8 text, to turn byte offsets into line and character column.
///
/// Columns are counted from the last position asked for when it lies earlier on the same
/// line, so asking in file order costs time in proportion to the text, even for a file
/// written on one line.
struct TextLines {
    let bytes: [UInt8]
    /// Byte offset of the first byte of each line; `starts[0] == 0`.
    let starts: [Int]
    /// The last position computed: its byte offset, line index and column.
    private var cache = (offset: 0, line: 0, column: 1)

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") { starts.append(index + 1) }
        self.starts = starts
    }

    /// The position of the byte at `offset` (clamped to the text).
    mutating func position(ofByte offset: Int) -> TextPosition {
        let offset = max(0, min(offset, bytes.count))
        // The last line start at or before the offset.
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var (index, column) = (starts[low], 1)
        if cache.line == low, cache.offset <= offset { (index, column) = (cache.offset, cache.column) }
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }  // not a UTF-8 continuation byte
            index += 1
        }
        cache = (offset, low, column)
        return TextPosition(line: low + 1, column: column)
    }

    /// The byte offset of a 1-based line and 1-based byte column (as libxml2 counts), clamped.
    func offset(line: Int, byteColumn: Int) -> Int {
        guard line >= 1 else { return 0 }
        guard line <= starts.count else { return bytes.count }
        return max(0, min(starts[line - 1] + byteColumn - 1, bytes.count))
    }
}
