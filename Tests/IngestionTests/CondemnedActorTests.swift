import Model
import XCTest

/// A state's statement condemning another's act ("l'attaque israélienne", "the
/// Israeli strikes") or backing the state attacked speaks for the state that
/// issued it (GUIDELINES: issuers are who issued the statement): the actor
/// condemned and the state attacked are mentioned, never issuers, and no
/// clause is theirs.
final class CondemnedActorTests: XCTestCase {
    func testTheActorCondemnedAndTheStateAttackedAreNotIssuers() {
        let cases: [(String, Language, [PartyCode], UInt)] = [
            ("Le pays condamne l'attaque israélienne contre la souveraineté du Qatar et appelle au dialogue.\n\nLe Sénégal a exprimé sa solidarité avec le peuple qatarien.",
             .french, ["SN"], #line),
            ("Le Sénégal condamne l'attaque israélienne contre le Qatar.", .french, ["SN"], #line),
            ("Ghana condemns the Russian missile strikes on Kyiv and calls for restraint.", .english, ["GH"], #line),
            ("The country condemned the Israeli strikes on Doha.\n\nMalaysia expressed its full solidarity with the people of Qatar.",
             .english, ["MY"], #line),
        ]
        for (text, language, issuers, line) in cases {
            let extraction = TestSupport.extract(text, language: language)
            XCTAssertEqual(extraction.parties.filter { $0.role == .issuer }.map(\.code), issuers, text, line: line)
            for commitment in extraction.commitments {
                XCTAssertEqual(commitment.by, issuers, commitment.text, line: line)
            }
        }
    }

    func testACondemnationByACommonNounSubjectIsSplitFromItsCall() {
        let cases: [(String, [CommitmentType], UInt)] = [
            ("Le pays condamne l'attaque contre la capitale et appelle au dialogue.", [.condemn, .call], #line),
            ("Le gouvernement salue l'accord de cessez-le-feu et appelle les parties à le respecter.", [.welcome, .call], #line),
            ("La diplomatie sénégalaise condamne cet acte et réaffirme son soutien au peuple malien.", [.condemn, .support], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, language: .french).commitments.map(\.type), expected, text, line: line)
        }
    }
}
