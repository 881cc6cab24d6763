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
