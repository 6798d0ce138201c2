import ArgumentParser

/// `--articles` and `--seed`: which generated corpus a command works on.
struct CorpusOptions: ParsableArguments {
    @Option(help: "How many articles.")
    var articles = 1_000

    @Option(help: "The seed; the same seed gives the same corpus.")
    var seed: UInt64 = 1

    @Option(help: "Percent of articles that are other reports (near-copies or other languages) of earlier ones.")
    var reportsShare = 0

    func validate() throws {
        guard articles > 0 else { throw ValidationError("--articles must be positive") }
        guard (0...100).contains(reportsShare) else { throw ValidationError("--reports-share is a percent") }
    }
}
