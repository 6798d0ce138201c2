import ArgumentParser
import Foundation
import Storage

/// `entente show ID`: one statement in full.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a statement: its sources, parties, persons and numbered commitments.")

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "The statement's id (as search and ingest print it).")
    var statementID: Int64

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let archive = try archive.openForReading()
        guard let detail = try CommandError.wrap({ try archive.statement(id: statementID) }) else {
            throw CommandError("there is no statement \(statementID) in \(archive.path)")
        }
        if json {
            try Output.printJSON(detail)
            return
        }
        var lines = ["Statement \(detail.id): \(detail.kind.rawValue)"
            + (detail.id != statementID ? " (statement \(statementID) was merged into it)" : "")]
        lines.append("  date:      \(detail.date ?? "unknown") (\(detail.datePrecision.rawValue))")
        lines.append("  venue:     \(detail.venue ?? "-")")
        if let mechanism = detail.mechanism {
            lines.append("  mechanism: \(mechanism)\(detail.round.map { ", round \($0)" } ?? "")")
        }
        for note in detail.fieldNotes { lines.append("  chosen:    \(note)") }
        lines.append(detail.sources.count == 1 ? "Report:" : "Reports (\(detail.sources.count)):")
        for source in detail.sources {
            let facts = [source.source ?? "outlet unknown", source.language.rawValue, source.published ?? "publication date unknown", source.url]
                .compactMap { $0 }
            lines.append("  article \(source.articleID): \(source.title ?? "(untitled)") — \(facts.joined(separator: ", "))")
            if source.splitByAnalyst { lines.append("     split off by the analyst") }
            if source.joined.isEmpty, detail.sources.count > 1, source.articleID == detail.sources[0].articleID {
                lines.append("     first report")
            }
            for reason in source.joined { lines.append("     \(reason)") }
        }
        lines.append("Parties:")
        for party in detail.parties {
            lines.append("  \(party.code.rawValue)  \(party.role.rawValue)  \(party.name ?? "")")
        }
        if !detail.persons.isEmpty {
            lines.append("Persons:")
            for person in detail.persons {
                lines.append("  \(person.name) — \(person.role.rawValue)\(person.party.map { ", " + $0.rawValue } ?? "")")
                // Reports that wrote the name otherwise (another script, a fuller form).
                guard person.names.count > 1 else { continue }
                for naming in person.names {
                    let articles = naming.articles.map(String.init).joined(separator: ", ")
                    lines.append("     \(naming.name) (\(naming.language.rawValue)): article\(naming.articles.count == 1 ? "" : "s") \(articles)")
                }
            }
        }
        lines.append("Commitments:")
        for (index, row) in detail.commitments.enumerated() {
            let flags = [row.context?.rawValue, row.target.map { "target \($0)" }].compactMap { $0 }
            // The clause's first report stands for it in search and export.
            var repeated = ""
            if row.reports > 1, let first = row.reportArticles.first {
                repeated = first == row.articleID
                    ? "  [\(row.reports) reports: articles \(row.reportArticles.map(String.init).joined(separator: ", "))]"
                    : "  [repeats article \(first)'s clause]"
            }
            lines.append("  \(index + 1). [\(row.type.rawValue)] by \(row.committedBy.map(\.rawValue).joined(separator: ",")) · \(row.topics.map(\.rawValue).joined(separator: ","))\(flags.isEmpty ? "" : " · " + flags.joined(separator: ", "))  (#\(row.commitmentID), article \(row.articleID))\(repeated)")
            lines.append("     " + Output.oneLine(row.text))
        }
        try Output.line(lines.joined(separator: "\n"))
    }
}
