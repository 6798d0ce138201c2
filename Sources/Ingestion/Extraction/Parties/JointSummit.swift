import Model

/// A summit or meeting named for two sides or more ("the Arab-Chinese summit",
/// "القمة العربية الصينية", "le sommet UE-Afrique", "the EU-China summit"). Its
/// final text is stated jointly by all its issuers (GUIDELINES, By), not by the
/// organisation alone as an organisation's own communique is; and every side
/// it is named for is an issuer, the partner too.
enum JointSummit {
    /// The sides of the first meeting word in `range` that has two parties or more
    /// beside it, each named by an organisation's adjective or a party's name,
    /// joined only by hyphens; empty when there is none.
    static func sides(in range: Range<Int>, of document: Document, mentions: [PartyMention]) -> [PartyCode] {
        let starts = Dictionary(mentions.filter { $0.code != nil && !$0.isPlace }.map { ($0.first, $0) }, uniquingKeysWith: { a, _ in a })
        let ends = Dictionary(mentions.filter { $0.code != nil && !$0.isPlace }.map { ($0.end - 1, $0) }, uniquingKeysWith: { a, _ in a })
        for index in range where GatheringBodies.isGathering(index, document) {
            var sides: [PartyCode] = []
            func add(_ code: PartyCode) { if !sides.contains(code) { sides.append(code) } }
            for step in [-1, 1] {
                var k = index + step
                while range.contains(k), abs(k - index) <= GatheringBodies.reach + 2 {
                    if GatheringBodies.isHyphen(k, document) { k += step; continue }
                    if let code = GatheringBodies.body(at: k, document) { add(code); k += step; continue }
                    guard let mention = step > 0 ? starts[k] : ends[k], let code = mention.code else { break }
                    add(code)
                    k = step > 0 ? mention.end : mention.first - 1
                }
            }
            if sides.count > 1 { return sides }
        }
        return []
    }
}
