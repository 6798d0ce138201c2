import Model
import XCTest

/// A page's list of other stories ("Headline / - 3 March 2026", twice or more
/// in a row) is no part of the article: its headlines are not commitments, its
/// countries not issuers, its dates not the statement's (GUIDELINES: bylines,
/// datelines, share lines are not commitments; a date only when the text fixes it).
final class SidebarStoryListTests: XCTestCase {
    func testAListOfOtherStoriesWithTheirDatesIsLeftOut() {
        let cases: [(String, Language?, String, UInt)] = [
            ("Mali : la junte annonce un nouveau calendrier électoral\n- Le 3 Mars 2026\n"
             + "Bénin : le gouvernement adopte un plan de relance\n- Le 3 Mars 2026\n"
             + "La Belgique a vivement condamné l'attaque contre un convoi humanitaire dans l'est du pays.\n"
             + "Le ministère belge des Affaires étrangères appelle toutes les parties à protéger les civils.\n",
             .french, "BE", #line),
            ("Kenya: parliament approves new budget\nMarch 3, 2026\n"
             + "Ghana: central bank cuts rates to support growth\nMarch 3, 2026\n"
             + "Norway: minister resigns after audit\nMarch 2, 2026\n"
             + "Sweden strongly condemned the attack on an aid convoy in the east of the country.\n"
             + "The Swedish foreign ministry called on all parties to protect civilians.\n",
             .english, "SE", #line),
        ]
        for (text, language, issuer, line) in cases {
            let e = TestSupport.extract(text, language: language)
            XCTAssertEqual(e.parties.filter { $0.role == .issuer }.map(\.code.rawValue), [issuer], text, line: line)
            XCTAssertEqual(e.commitments.count, 2, "\(e.commitments.map(\.text))", line: line)
            XCTAssertEqual(e.statement.date.precision, .unknown, text, line: line)
        }
    }

    /// One headline with its own date is the article's own: the headline's claim stays, the stamp is none.
    func testTheArticlesOwnHeadlineStaysAndItsStampIsNoCommitment() {
        let text = "La Belgique appelle à un cessez-le-feu immédiat\n- Le 3 Mars 2026\n"
            + "La Belgique a vivement condamné l'attaque contre un convoi humanitaire dans l'est du pays.\n"
        let texts = TestSupport.extract(text, language: .french).commitments.map(\.text)
        XCTAssertEqual(texts.count, 2, "\(texts)")
        XCTAssertTrue(texts.contains { $0.hasPrefix("La Belgique appelle") }, "\(texts)")
    }
}
