import Model
import XCTest
@testable import Storage

/// The pairwise rule, case by case: what joins and what stays apart.
extension ReportReading {
    /// The reading with `code` among its parties, mentioned.
    func mentioning(_ code: String) -> ReportReading {
        var copy = self
        copy.parties = (parties + [(code: code, role: .mentioned)]).sorted { $0.code < $1.code }
        return copy
    }
}

final class SameStatementRuleTests: XCTestCase {
    /// A reading as an article with these facts would give.
    static func reading(
        _ language: Language = .english, kind: StatementKind = .jointStatement, date: String? = "2026-03-10",
        published: String? = "2026-03-10", issuers: [PartyCode] = ["MA", "SA"], venue: String? = "Riyadh",
        mechanism: String? = "joint commission", round: Int? = 14
    ) -> ReportReading {
        let statement = Statement(
            kind: kind, date: date.flatMap(StatementDate.init(iso:)) ?? .unknown, venue: venue, mechanism: mechanism, round: round)
        let extraction = Extraction(
            language: language, statement: statement, parties: issuers.map { Party(code: $0, role: .issuer) },
            persons: [], commitments: [], text: "text")
        return ReportReading(article: Article(text: "text", published: published.flatMap(StatementDate.init(iso:))),
                             extraction: extraction)
    }

    /// A reading with no day in its text nor a publication date.
    static func undated(
        _ language: Language = .english, kind: StatementKind = .jointStatement, date: String? = nil,
        issuers: [PartyCode] = ["MA", "SA"], venue: String? = "Riyadh", round: Int? = nil
    ) -> ReportReading {
        reading(language, kind: kind, date: date, published: nil, issuers: issuers, venue: venue, mechanism: nil, round: round)
    }

    struct Case {
        var name: String
        var a: ReportReading
        var b: ReportReading
        var similarity: Double? = nil
        var expected: ReportLink.Rule?
    }

    static let base = reading()

    static let cases: [Case] = [
        Case(name: "another language, same issuers, date, round, venue", a: base, b: reading(.arabic), expected: .sameStatement),
        Case(name: "a news report of the joint statement", a: base, b: reading(.french, kind: .newsReport), expected: .sameStatement),
        // A news report names no document: on a summit's day it may report a
        // side event of some of the summit's issuers.
        Case(name: "the ministers' press conference after a summit: a news report of some of its issuers",
             a: reading(kind: .communique, issuers: ["KW", "QA", "SA"], venue: "Kuwait City", mechanism: "summit", round: nil),
             b: reading(.arabic, kind: .newsReport, issuers: ["KW", "SA"], venue: "Kuwait City", mechanism: nil, round: nil)
                 .mentioning("QA"),
             expected: nil),
        Case(name: "a news report of some of a summit's issuers that gives the summit's round",
             a: reading(kind: .communique, issuers: ["KW", "QA", "SA"], venue: nil, mechanism: nil, round: 45),
             b: reading(kind: .newsReport, issuers: ["KW", "SA"], venue: "Kuwait City", mechanism: "summit", round: 45)
                 .mentioning("QA"),
             expected: .sameStatement),
        Case(name: "a news report that takes a party the joint text mentions for an issuer",
             a: reading(issuers: ["EG", "QA", "US"], venue: nil, mechanism: nil, round: nil).mentioning("PS"),
             b: reading(.arabic, kind: .newsReport, issuers: ["EG", "PS", "QA", "US"], venue: nil, mechanism: nil, round: nil),
             expected: .sameStatement),
        Case(name: "a news report naming an issuer the joint text does not know",
             a: reading(issuers: ["EG", "QA"], venue: nil, mechanism: nil, round: nil),
             b: reading(.arabic, kind: .newsReport, issuers: ["EG", "QA", "US"], venue: nil, mechanism: nil, round: nil),
             expected: nil),
        Case(name: "communique and joint statement: one joint text", a: base, b: reading(kind: .communique), expected: .sameStatement),
        Case(name: "the next round of the dialogue", a: base,
             b: reading(date: "2027-03-09", published: "2027-03-09", round: 15), expected: nil),
        Case(name: "another round on the same day (a misread date)", a: base, b: reading(round: 15), expected: nil),
        Case(name: "one side's readout of the same talks", a: base,
             b: reading(kind: .readout, issuers: ["MA"], venue: "Rabat", mechanism: nil, round: nil), expected: nil),
        Case(name: "a readout by both sides is still not the joint text", a: base, b: reading(kind: .readout), expected: nil),
        Case(name: "two calls three days apart", a: reading(kind: .readout, date: "2026-04-06", issuers: ["EG", "TR"], venue: nil, mechanism: nil, round: nil),
             b: reading(kind: .readout, date: "2026-04-09", published: "2026-04-09", issuers: ["EG", "TR"], venue: nil, mechanism: nil, round: nil),
             expected: nil),
        // A visit's joint text dated by its first day in one report, by the day of the talks in another.
        Case(name: "two joint texts of the same sides, dated a day apart by their texts",
             a: reading(venue: nil, mechanism: nil, round: nil),
             b: reading(.arabic, date: "2026-03-11", published: "2026-03-12", venue: "Riyadh", mechanism: nil, round: nil),
             expected: .sameStatement),
        Case(name: "two joint texts a day apart whose venues differ", a: reading(mechanism: nil, round: nil),
             b: reading(.arabic, date: "2026-03-11", published: "2026-03-11", venue: "Rabat", mechanism: nil, round: nil),
             expected: nil),
        Case(name: "a joint text and a news report a day apart", a: reading(venue: nil, mechanism: nil, round: nil),
             b: reading(.arabic, kind: .newsReport, date: "2026-03-11", published: "2026-03-11", venue: nil, mechanism: nil, round: nil),
             expected: nil),
        Case(name: "joint texts of one side and another a day apart", a: reading(venue: nil, mechanism: nil, round: nil),
             b: reading(.arabic, date: "2026-03-11", published: "2026-03-11", issuers: ["SA"], venue: nil, mechanism: nil, round: nil),
             expected: nil),
        Case(name: "only a publication date, the next day", a: base, b: reading(date: nil, published: "2026-03-11"), expected: .sameStatement),
        Case(name: "only a publication date, two days after", a: base, b: reading(date: nil, published: "2026-03-12"), expected: .sameStatement),
        Case(name: "only a publication date, three days after", a: base, b: reading(date: nil, published: "2026-03-13"), expected: nil),
        Case(name: "published before the statement", a: base, b: reading(date: nil, published: "2026-03-09"), expected: nil),
        Case(name: "both only published, a day apart", a: reading(date: nil, published: "2026-03-10"),
             b: reading(date: nil, published: "2026-03-11"), expected: .sameStatement),
        Case(name: "both only published, two days apart", a: reading(date: nil, published: "2026-03-10"),
             b: reading(date: nil, published: "2026-03-12"), expected: nil),
        Case(name: "no day on one side, the same round 14 between the same parties", a: base,
             b: reading(date: nil, published: nil, venue: nil, mechanism: nil), expected: .sameStatement),
        Case(name: "no day on one side, round 14 of another year", a: base,
             b: reading(date: "2025", published: nil, venue: nil, mechanism: nil), expected: nil),
        Case(name: "no day on one side, round 14 in another city", a: base,
             b: reading(date: nil, published: nil, venue: "Rabat"), expected: nil),
        Case(name: "no day on one side, round 14, one party in common", a: base,
             b: reading(date: nil, published: nil, issuers: ["SA", "EG"]), expected: nil),
        Case(name: "no day on one side, no round and no venue", a: reading(venue: nil, round: nil),
             b: reading(date: nil, published: nil, venue: nil, round: nil), expected: nil),
        Case(name: "a first round says too little", a: reading(venue: nil, round: 1),
             b: reading(date: nil, published: nil, venue: nil, round: 1), expected: nil),
        Case(name: "one report names one side only, same venue", a: base, b: reading(issuers: ["SA"]), expected: .sameStatement),
        Case(name: "one side only, nothing else known to both", a: base,
             b: reading(issuers: ["SA"], venue: nil, mechanism: nil, round: nil), expected: nil),
        Case(name: "one issuer each, the same day in both texts, the same other party named",
             a: reading(issuers: ["ES"], venue: "Rabat", mechanism: nil, round: nil).mentioning("MA"),
             b: reading(.french, kind: .declaration, issuers: ["ES"], venue: nil, mechanism: nil, round: nil).mentioning("MA"),
             expected: .sameStatement),
        Case(name: "one issuer each, the same day only by publication",
             a: reading(issuers: ["ES"], venue: "Rabat", mechanism: nil, round: nil).mentioning("MA"),
             b: reading(date: nil, issuers: ["ES"], venue: nil, mechanism: nil, round: nil).mentioning("MA"), expected: nil),
        Case(name: "issuers that overlap but neither contains the other", a: base, b: reading(issuers: ["SA", "EG"]), expected: nil),
        Case(name: "issuers that overlap, each among the other's parties (a host taken for an issuer)",
             a: base.mentioning("EG"), b: reading(.arabic, kind: .communique, issuers: ["SA", "EG"]).mentioning("MA"),
             expected: .sameStatement),
        Case(name: "issuers that meet through a mentioned party, the same day, nothing else known to both",
             a: reading(venue: nil, mechanism: nil, round: nil).mentioning("EG"),
             b: reading(issuers: ["SA", "EG"], venue: nil, mechanism: nil, round: nil), expected: nil),
        Case(name: "issuers that meet through a mentioned party, both only news reports",
             a: reading(kind: .newsReport).mentioning("EG"), b: reading(kind: .newsReport, issuers: ["SA", "EG"]).mentioning("MA"),
             expected: nil),
        Case(name: "issuers that meet through a mentioned party, a day apart",
             a: base.mentioning("EG"), b: reading(date: "2026-03-11", published: "2026-03-11", issuers: ["SA", "EG"]),
             expected: nil),
        Case(name: "no day on either side, the same issuers, venue and kind of text",
             a: undated(kind: .declaration), b: undated(.arabic, kind: .declaration), expected: .sameStatement),
        Case(name: "no day on either side, a joint statement and a communique in one city",
             a: undated(), b: undated(.french, kind: .communique), expected: .sameStatement),
        Case(name: "a dated joint statement and an undated one in the same city",
             a: reading(mechanism: nil, round: nil), b: undated(.french), expected: nil),
        // An undated report against a dated one: the shapes of realdev's
        // traps that agree on everything the readings hold (BENCHMARKS.md,
        // "Undated against dated reports").
        Case(name: "an undated communique of a later visit, naming the month of the dated text it reaffirms",
             a: reading(venue: nil, mechanism: nil, round: nil),
             b: reading(.arabic, kind: .communique, date: "2026-03", published: nil, venue: nil, mechanism: nil, round: nil),
             expected: nil),
        Case(name: "an undated summit communique in the dated one's city and mechanism (the next year's summit)",
             a: reading(kind: .communique, mechanism: "summit", round: nil),
             b: reading(.arabic, kind: .communique, date: nil, published: nil, mechanism: "summit", round: nil), expected: nil),
        Case(name: "no day on either side and no venue", a: undated(venue: nil), b: undated(.french, venue: nil), expected: nil),
        Case(name: "no day on either side, in two cities", a: undated(), b: undated(.french, venue: "Rabat"), expected: nil),
        Case(name: "no day on either side, a joint text and one side's readout", a: undated(), b: undated(kind: .readout),
             expected: nil),
        Case(name: "no day on either side, two readouts of a visit to one city", a: undated(kind: .readout),
             b: undated(.arabic, kind: .readout), expected: nil),
        Case(name: "no day on either side, news reports say too little", a: undated(kind: .newsReport),
             b: undated(.arabic, kind: .newsReport), expected: nil),
        Case(name: "no day on either side, one issuer only", a: undated(issuers: ["SA"]), b: undated(.arabic, issuers: ["SA"]),
             expected: nil),
        Case(name: "no day on either side, two years", a: undated(date: "2025"), b: undated(.arabic, date: "2024-03"), expected: nil),
        Case(name: "no day on either side, two rounds", a: undated(round: 3), b: undated(.arabic, round: 4), expected: nil),
        Case(name: "no day on either side, a round on one side only (the fourth summit, and a visit to the same capital)",
             a: undated(round: 4), b: undated(.french), expected: nil),
        Case(name: "no day on either side, the same round", a: undated(round: 4), b: undated(.french, round: 4), expected: .sameStatement),
        Case(name: "no day on either side, the issuers one names among the other's", a: undated(),
             b: undated(.arabic, issuers: ["SA", "MA", "EG"]), expected: nil),
        Case(name: "no issuer found", a: reading(issuers: []), b: reading(issuers: []), expected: nil),
        Case(name: "another venue", a: base, b: reading(venue: "Rabat"), expected: nil),
        Case(name: "a near-copy of the same wire", a: base, b: reading(date: nil, published: "2026-03-14", issuers: ["SA"]),
             similarity: 0.8, expected: .nearCopy),
        Case(name: "the same template for another day", a: base,
             b: reading(date: "2026-03-13", published: "2026-03-13"), similarity: 0.8, expected: nil),
        Case(name: "the same template for another round", a: base,
             b: reading(date: nil, published: "2027-01-01", round: 15), similarity: 0.7, expected: nil),
        Case(name: "little text in common falls to the same-statement rule", a: base, b: reading(), similarity: 0.1,
             expected: .sameStatement),
        Case(name: "texts in two languages are never near-copies", a: base,
             b: reading(.french, date: nil, published: "2027-01-01", issuers: ["FR"]), similarity: 0.9, expected: nil),
    ]

    func testEachCase() {
        for c in Self.cases {
            XCTAssertEqual(SameStatementRule.link(c.a, c.b, similarity: c.similarity)?.rule, c.expected, c.name)
            XCTAssertEqual(SameStatementRule.link(c.b, c.a, similarity: c.similarity)?.rule, c.expected, c.name + " (reversed)")
        }
    }

    func testTheReasonSaysWhatAgreedWithoutADay() throws {
        let link = try XCTUnwrap(SameStatementRule.link(Self.undated(kind: .declaration), Self.undated(.arabic, kind: .declaration),
                                                        similarity: nil))
        XCTAssertEqual(link.reason, "same issuers MA+SA, in Riyadh, both declaration, no date on either side")
    }

    func testTheReasonSaysWhatAgreed() throws {
        let link = try XCTUnwrap(SameStatementRule.link(Self.base, Self.reading(.arabic), similarity: nil))
        XCTAssertEqual(link.reason, "same issuers MA+SA, same date 2026-03-10, joint commission round 14, in Riyadh, both joint statement")
    }
}
