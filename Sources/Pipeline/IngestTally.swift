/// The counts an ingest ends with.
public struct IngestTally: Sendable, Equatable {
    public var archived = 0
    public var alreadyArchived = 0
    public var failed = 0
    public var commitments = 0

    public init() {}

    /// Articles done so far, whatever became of them.
    public var done: Int { archived + alreadyArchived + failed }

    mutating func count(_ event: IngestEvent) {
        switch event {
        case let .archived(_, _, commitments):
            archived += 1
            self.commitments += commitments
        case .alreadyArchived, .sameAsEarlier: alreadyArchived += 1
        case .failed: failed += 1
        }
    }
}
