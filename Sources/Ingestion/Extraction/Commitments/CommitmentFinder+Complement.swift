extension CommitmentFinder {
    /// The "that/أن" opening a stance verb's complement: within three tokens of the verb, or
    /// in Arabic anywhere before the next cue, since the subject and its asides come first
    /// ("أكد الرئيس، في اتصال مع نظيره، أن…").
    func complementiser(after head: Hit, in range: Range<Int>, _ hits: [Hit]) -> Int? {
        let reach = document.language == .arabic ? 30 : 3
        let end = min(range.upperBound, head.end + reach)
        let nextCue = hits.first(where: { $0.first >= head.end && $0.cue.type != nil })?.first ?? end
        return (head.end..<min(end, nextCue)).first { Self.complementisers.contains($0, in: document) }
    }
}
