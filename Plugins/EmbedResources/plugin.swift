import Foundation
import PackagePlugin

/// Embeds the package's `Schema/*.sql`, `Fixtures/*.csv` and `Fixtures/*.geojson` (the land
/// outline maps draw) into the target as a generated Swift source, so the `exile` binary
/// needs no files beside it.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let inputs = try files(in: root.appending(path: "Schema"), ending: "sql")
            + files(in: root.appending(path: "Fixtures"), ending: "csv")
            + files(in: root.appending(path: "Fixtures"), ending: "geojson")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) schema, fixture and map files",
                executable: try context.tool(named: "embed-resources").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func files(in folder: URL, ending suffix: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == suffix }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
