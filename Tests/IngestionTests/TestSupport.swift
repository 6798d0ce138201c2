import Foundation
import Ingestion
import Model

/// Shared helpers: running the extractor on a snippet, and finding files
/// relative to the package.
enum TestSupport {
    /// The package root: three levels up from this file (Tests/IngestionTests/TestSupport.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/seed/` beside the package root.
    static let seedFolder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seed")

    static func extract(_ text: String, published: String? = nil, language: Language? = nil, source: String? = nil) -> Extraction {
        Extractor().extract(Article(
            text: text, source: source, published: published.flatMap { StatementDate(iso: $0) }, language: language))
    }

    /// The text between Unicode-scalar offsets, as the archive counts them.
    static func scalars(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// Folds what a commitment's text may fold: invisible marks, NBSP, runs of spaces.
    static func foldMarks(_ text: String) -> String {
        var out = ""
        var space = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00AD, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: continue
            default: break
            }
            if scalar.properties.isWhitespace { space = true; continue }
            if space, !out.isEmpty { out.append(" ") }
            space = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
