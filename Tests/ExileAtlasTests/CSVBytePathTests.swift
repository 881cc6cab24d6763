import Testing
@testable import ExileAtlas

/// The import parses CSV on bytes and asks SwiftCSV only when the bytes path declines; where
/// it does not decline it must read every text exactly as SwiftCSV does (fields, rows, the
/// padding of short rows, the quirks of spaces and line ends).
@Test func csvBytePathReadsAsSwiftCSVDoes() throws {
    var generator = SeededGenerator(seed: 1929)
    let pieces = ["a", "b", "Ж", "é", "1", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "\t", "x y", "\"q,\"", "\u{2028}", "e\u{301}"]
    var texts = ["id,name\nx,\"a \"\"b\"\", c\"\n", "id,name\r\nx, y\r\n", "id,name\n\nx,y\n", "id,name,note\nx,y,\n",
                 "id,name,note\nx,y", "id,name,note\nx,y,z\nw,v", "  id , name \n\"x\" ,y\n"]
    for _ in 0..<20_000 {
        let count = Int(generator.next() % 24) + 1
        texts.append((0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
    }
    var compared = 0
    for text in texts {
        guard let fast = CSVTable.parseASCIIStructured(text) else { continue }
        let reference = try CSVTable.parseWithSwiftCSV(text)
        #expect(fast.header == reference.header && fast.rows == reference.rows, "\(text.debugDescription)")
        compared += 1
    }
    #expect(compared > 2_000)   // about a fifth decline (errors, Unicode separators)
}
