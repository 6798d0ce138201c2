import ArgumentParser
import Foundation
import Ingestion
import Model
import Storage

/// The filters `search` and `export` share.
struct FilterOptions: ParsableArguments {
    @Option(name: .customLong("party"), help: ArgumentHelp(
        "Keep statements to which this party is a party (ISO code or organisation code: CN, PK, UN, LAS). Repeat: all must be there.",
        valueName: "code"))
    var parties: [String] = []

    @Option(name: .customLong("topic"), help: ArgumentHelp(
        "Keep commitments on this topic (\(Self.list(Topic.allCases))). Repeat: all must be there.",
        valueName: "topic"))
    var topics: [String] = []

    @Option(name: .customLong("type"), help: ArgumentHelp(
        "Keep commitments of this type (\(Self.list(CommitmentType.allCases))). Repeat: any of them.",
        valueName: "type"))
    var types: [String] = []

    @Option(name: .customLong("kind"), help: ArgumentHelp(
        "Keep statements of this kind (\(Self.list(StatementKind.allCases))). Repeat: any of them.",
        valueName: "kind"))
    var kinds: [String] = []

    @Option(help: ArgumentHelp("Keep statements dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Keep statements dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("Keep commitments read from articles in this language (ar, en, fr).", valueName: "code"))
    var language: String?

    @Flag(help: "One row for each report's own clause: without it, a clause that several reports of a statement repeat is one row, with the reports' count and article ids.")
    var everyReport = false

    func validate() throws { _ = try makeFilter(query: nil) }

    /// The filter these options describe; a usage error names the bad value.
    func makeFilter(query: String?) throws -> CommitmentFilter {
        var filter = CommitmentFilter(query: query)
        filter.parties = try parties.map { code in
            let party = PartyCode(code.trimmingCharacters(in: .whitespaces))
            guard party.isKnown else {
                throw ValidationError("--party \(code): not a country code (ISO 3166-1 alpha-2, like PK) or an organisation code (UN, EU, AU, GCC, LAS, …)")
            }
            return party
        }
        filter.topics = try topics.map { try Self.parse($0, option: "--topic", as: Topic.self) }
        filter.types = try types.map { try Self.parse($0, option: "--type", as: CommitmentType.self) }
        filter.kinds = try kinds.map { try Self.parse($0, option: "--kind", as: StatementKind.self) }
        filter.since = try since.map { try Self.date($0, option: "--since") }
        filter.until = try until.map { try Self.date($0, option: "--until") }
        if let since = filter.since, let until = filter.until, until < since {
            throw ValidationError("--until \(until) comes before --since \(since)")
        }
        filter.language = try language.map { code in
            try ValidationError.wrap { try ArticleMetadata.language(code) }
        }
        filter.everyReport = everyReport
        return filter
    }

    /// The raw values, comma-separated.
    static func list<T: RawRepresentable>(_ values: [T]) -> String where T.RawValue == String {
        values.map(\.rawValue).joined(separator: ", ")
    }

    static func parse<T: RawRepresentable & CaseIterable>(_ text: String, option: String, as: T.Type) throws -> T
    where T.RawValue == String {
        let key = String(decoding: text.lowercased().utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
        guard let value = T(rawValue: key) else {
            throw ValidationError("\(option) \(text): expected one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    static func date(_ text: String, option: String) throws -> StatementDate {
        guard let date = StatementDate(iso: text) else {
            throw ValidationError("\(option) \(text): not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        }
        return date
    }
}
