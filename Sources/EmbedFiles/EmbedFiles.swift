import Foundation
import PackagePlugin

/// Embeds a target's data files in its compiled code, so that the `entente`
/// binary can be copied alone and still find its migrations and lexicons.
///
/// - `Storage` embeds the package's `Migrations/*.sql`.
/// - `EntenteServer` embeds its `Templates/` (the pages' Mustache templates).
/// - Any other target embeds the files of its own `Lexicons/` folder.
///
/// The generated file declares `enum EmbeddedFiles` with a `[String: String]`
/// from file name to contents, internal to the target.
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder: URL
        if target.name == "Storage" {
            folder = context.package.directoryURL.appending(path: "Migrations")
        } else if target.name == "EntenteServer" {
            folder = target.directoryURL.appending(path: "Templates")
        } else {
            folder = target.directoryURL.appending(path: "Lexicons")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path())) ?? []
        let inputs = names
            .filter { !$0.hasPrefix(".") }
            .sorted()
            .map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) data files in \(target.name)",
                executable: try context.tool(named: "EmbedTool").url,
                arguments: [output.path()] + inputs.map { $0.path() },
                inputFiles: inputs,
                outputFiles: [output]),
        ]
    }
}
