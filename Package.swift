// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ExileAtlas",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ExileAtlas", targets: ["ExileAtlas"]),
        .executable(name: "exile", targets: ["exile"]),
    ],
    dependencies: [
        // SQLite, with typed errors and bound statements (the only SQL layer).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // The CLI: subcommands, help, completion scripts.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // RFC 4180 CSV that rejects unterminated quotes (fixtures and imports).
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        // Heaps for the route planner (Dijkstra), ordered sets.
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        // DocC for the library's catalog: `swift package generate-documentation` (scripts/check-docs).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Karney's geodesic algorithms as PROJ ships them (Debian: libproj-dev).
        .systemLibrary(
            name: "CGeodesic",
            path: "Sources/CGeodesic",
            providers: [.apt(["libproj-dev"])]
        ),
        .target(
            name: "ExileAtlas",
            dependencies: [
                "CGeodesic",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            plugins: ["EmbedResources"]
        ),
        .executableTarget(
            name: "exile",
            dependencies: [
                "ExileAtlas",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A seeded mutation fuzzer for the parsers and importers (scripts/fuzz).
        .executableTarget(name: "exile-fuzz", dependencies: ["ExileAtlas"]),
        // Times the library's calls in-process for scripts/bench (routes, hubs, geodesics).
        .executableTarget(name: "exile-bench", dependencies: ["ExileAtlas"]),
        // Writes Schema/*.sql and Fixtures/*.csv into a Swift source at build time, so the
        // binary carries its own database definition and data.
        .executableTarget(name: "embed-resources", path: "Sources/embed-resources"),
        .plugin(
            name: "EmbedResources",
            capability: .buildTool(),
            dependencies: ["embed-resources"]
        ),
        .testTarget(
            name: "ExileAtlasTests",
            dependencies: ["ExileAtlas", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "exileTests",
            dependencies: ["exile"]
        ),
    ]
)
