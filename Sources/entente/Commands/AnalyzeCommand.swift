import ArgumentParser
import Foundation
import TextAnalysis

/// `entente analyze TEXT`: the terms the full-text index stores for TEXT.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Print the terms the search index stores for TEXT, to see why something matches or not.")

    @Option(help: "The language of the article the text comes from (ar, en, fr); picks the stemmer for Latin-script words.")
    var language: String?

    @Argument(help: "The text to analyse.")
    var text: [String]

    func validate() throws {
        if let language, AnalyzerLanguage(rawValue: language.lowercased()) == nil {
            throw ValidationError("--language \(language): use ar, en or fr")
        }
        if text.isEmpty { throw ValidationError("give the TEXT to analyse") }
    }

    func run() throws {
        let tokens = SearchAnalyzer().analyze(
            text.joined(separator: " "), language: language.flatMap { AnalyzerLanguage(rawValue: $0.lowercased()) })
        var lines: [String] = []
        for token in tokens {
            lines.append("\(token.term)\t\(token.original)\t\(token.utf8Range.lowerBound)-\(token.utf8Range.upperBound)")
        }
        if !lines.isEmpty { try Output.line(lines.joined(separator: "\n")) }
    }
}
