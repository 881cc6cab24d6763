import Foundation
@testable import ExileAtlas

/// A fresh folder under the system temporary directory, removed by the caller's `defer`.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("exile-atlas-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// An atlas in a fresh file, built from the fixtures compiled into the library.
func freshAtlas() throws -> (Atlas, URL) {
    let folder = try temporaryFolder()
    let atlas = try Atlas.open(at: folder.appendingPathComponent("atlas.sqlite"))
    return (atlas, folder)
}

/// The package's root folder, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The seed texts, beside the checkout as `../shared/seeds` (present in CI).
let seedsFolder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")

/// SplitMix64 (Steele, Lea and Flood 2014): the same sequence from a seed on every run, for
/// tests that compare a fast path with the code it shortcuts over many generated inputs.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The position (line, column in characters) where `needle` starts in `text` (after
/// `anchor`, if given), for asserting the readers' problem locations without counting lines
/// by hand.
func position(of needle: String, in text: String, after anchor: String? = nil) -> TextPosition {
    var search = text.startIndex..<text.endIndex
    if let anchor, let found = text.range(of: anchor) { search = found.lowerBound..<text.endIndex }
    let range = text.range(of: needle, range: search)!
    let before = text[..<range.lowerBound]
    let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
    return TextPosition(line: before.filter { $0 == "\n" }.count + 1, column: before[lineStart...].unicodeScalars.count + 1)
}
