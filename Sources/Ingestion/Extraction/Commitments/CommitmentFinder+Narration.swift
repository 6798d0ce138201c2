import Model
import TextAnalysis

extension CommitmentFinder {
    /// "1. President X and President Y held talks on 10 May…": a paragraph
    /// that no list introduction leads in, with no stance of its own, opening
    /// with its named subject, narrates what happened (GUIDELINES: the meeting
    /// held is no commitment), as does one that says what was discussed. An outcomes list's bare item ("- Signing of a
    /// memorandum on health") opens with the outcome, not with who acted.
    func narratesEvent(_ range: Range<Int>, list: ListIntroduction?) -> Bool {
        guard list == nil, let first = range.first(where: { document.tokens[$0].kind == .word }) else { return false }
        // "2. The two leaders had a discussion about…": what the meeting went over.
        if range.contains(where: { Self.discussionWords.contains($0, in: document) }) { return true }
        switch groupRight(from: first, end: range.upperBound) {
        case .speaker(.parties, _)?, .plural?, .official?, .kingdom?, .speaker(.issuers, true)?: return true
        default: return false
        }
    }
}
