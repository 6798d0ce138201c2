import ArgumentParser

/// How `search` prints its rows.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, jsonl
}
