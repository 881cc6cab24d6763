// swift-tools-version: 6.0
// A package of your own that uses the Exile Atlas library: one executable that asks it one
// question of each kind the `exile` tool answers. Built and run by scripts/check-example.
import PackageDescription

let package = Package(
    name: "AtlasClient",
    platforms: [.macOS(.v13)],
    dependencies: [
        // This checkout, two folders up; from a package of your own, the path to a checkout
        // (or the repository's URL and a version). `name:` lets the product below say
        // `package: "ExileAtlas"` whatever the checkout's folder is called.
        .package(name: "ExileAtlas", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "AtlasClient",
            dependencies: [.product(name: "ExileAtlas", package: "ExileAtlas")]
        ),
    ]
)
