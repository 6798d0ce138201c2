import XCTest

/// Two officials joined by "et"/"and", each with an article before the title
/// ("le président X et le président Y ont réitéré"), speak together: both
/// sides, even when the first one's country is only implied by the text.
final class TitledPairSpeakerTests: XCTestCase {
    func testBothTitledOfficialsSpeak() {
        let cases: [(String, String, UInt)] = [
            ("Le Ghana et le Togo ont exprimé leur convergence de vues à l'issue de la visite du président togolais Yao Amegah, "
             + "à l'invitation du président de la République, Kofi Mensah.\n\n"
             + "Au plan africain, le président Mensah et le président Amegah ont réitéré leur soutien aux efforts de la CEDEAO.\n",
             "support GH+TG Au plan africain, le président Mensah et le président Amegah ont réitéré leur soutien aux efforts de la CEDEAO.",
             #line),
            ("Ghana and Togo voiced their shared views after a visit by Togolese President Yao Amegah at the invitation of the "
             + "President of the Republic, Kofi Mensah.\n\n"
             + "On Africa, the President Mensah and the President Amegah reiterated their support for the efforts of ECOWAS.\n",
             "support GH+TG On Africa, the President Mensah and the President Amegah reiterated their support for the efforts of ECOWAS.",
             #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.commitmentLines(text).last, expected, text, line: line)
        }
    }
}
