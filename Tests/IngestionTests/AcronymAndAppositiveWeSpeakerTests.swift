import Model
import XCTest

/// Who speaks when a subject names a party twice or opens with "we":
/// "the Gulf Cooperation Council (GCC)" is one name, so the list it closes
/// goes on past the parenthesis; and "We, the ministers of A and B, and the
/// President of the Commission, …" is spoken by all the text's makers, not
/// by the last party its titles name.
final class AcronymAndAppositiveWeSpeakerTests: XCTestCase {
    func testAnAcronymInParenthesesDoesNotCutTheListOfSpeakers() {
        let cases: [(String, Set<String>, UInt)] = [
            ("WASHINGTON: The United States and the Gulf Cooperation Council (GCC) welcomed the ceasefire in Yemen "
             + "at a ministerial meeting on Tuesday.", ["US", "GCC"], #line),
            ("BRUXELLES – L'Union européenne (UE) et l'Union africaine (UA) ont salué jeudi la reprise du dialogue "
             + "politique au Tchad.", ["EU", "AU"], #line),
        ]
        for (text, expected, line) in cases {
            let first = TestSupport.extract(text).commitments.first
            XCTAssertEqual(Set(first?.by.map(\.rawValue) ?? []), expected, text, line: line)
        }
    }

    func testAnAppositiveWeIsSpokenByEveryMaker() {
        let cases: [(String, UInt)] = [
            ("Déclaration de Lisbonne\n\n1. Nous, chefs d'État et de gouvernement du Portugal et du Cap-Vert, et président "
             + "de la Commission européenne, décidons de renforcer notre coopération dans le domaine maritime.", #line),
            ("Nairobi Communique\n\nWe, the Foreign Ministers of Kenya and Uganda, and the Chairperson of the African Union "
             + "Commission, agree to strengthen cooperation on border security.", #line),
        ]
        for (text, line) in cases {
            let found = TestSupport.extract(text)
            XCTAssertGreaterThanOrEqual(found.issuers.count, 2, text, line: line)
            XCTAssertEqual(Set(found.commitments.first?.by ?? []), Set(found.issuers), text, line: line)
        }
    }
}
