import Model
import XCTest

/// One party's own statement speaks for the party named as speaker of most of its clauses:
/// a headline whose "the country condemns the Israeli strike" is read with the wrong speaker
/// does not hand the statement to the state it condemns.
final class PressStatementSpeakerTests: XCTestCase {
    func testTheMostNamedSpeakerIssuesAPressStatement() {
        let cases: [(String, UInt)] = [
            ("Ghana : le pays condamne l'attaque israélienne contre le Liban et appelle au calme\n"
             + "Le Ghana a exprimé sa vive préoccupation après l'attaque menée contre le Liban.\n"
             + "Dans un communiqué publié mardi, le gouvernement ghanéen condamne cette attaque et réaffirme sa solidarité avec le peuple libanais.\n"
             + "Le gouvernement ghanéen appelle toutes les parties à la retenue.\n"
             + "Le Ghana insiste sur l'importance du dialogue.\n", #line),
            ("Ghana: the country condemns the Israeli strike on Lebanon and calls for calm\n"
             + "Ghana expressed deep concern after the strike on Lebanon.\n"
             + "In a statement issued on Tuesday, the Ghanaian government condemned the attack and reaffirmed its solidarity with the Lebanese people.\n"
             + "The Ghanaian government called on all parties to exercise restraint.\n"
             + "Ghana stressed the importance of dialogue.\n", #line),
        ]
        for (text, line) in cases {
            let e = TestSupport.extract(text, published: "2026-03-03")
            XCTAssertEqual(e.statement.kind, .pressStatement, text, line: line)
            XCTAssertEqual(e.issuers.map(\.rawValue), ["GH"], text, line: line)
        }
    }
}
