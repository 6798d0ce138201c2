import ArgumentParser

/// How `search` prints its rows.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, jsonl

    // ArgumentParser's defaults for these print each case through
    // `String(describing:)`, whose first use in a process makes the Swift
    // runtime search every protocol conformance in the binary several times:
    // 6% of the instructions of a whole `entente search` process. The raw
    // values are what those defaults print.
    static var allValueStrings: [String] { allCases.map(\.rawValue) }
    static var allValueDescriptions: [String: String] { [:] }
    var defaultValueDescription: String { rawValue }
}
