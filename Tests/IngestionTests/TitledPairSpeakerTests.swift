import XCTest

/// Two officials joined by "et"/"and", each with an article before the title
/// ("le président X et le président Y ont réitéré"), speak together: both
/// sides, even when the first one's country is only implied by the text.
final class TitledPairSpeakerTests: XCTestCase {
    func testBothTitledOfficialsSpeak() {
        let cases: [(String, String, UInt)] = [
            ("Le Ghana et le Togo ont salué la qualité de leurs relations lors de la visite à Accra du président togolais "
             + "Yao Amegah, reçu par le chef de l'État, Kofi Mensah.\n\n"
             + "Sur les questions régionales, le président Mensah et le président Amegah ont réaffirmé leur soutien à la médiation de la CEDEAO.\n",
             "support GH+TG Sur les questions régionales, le président Mensah et le président Amegah ont réaffirmé leur soutien à la médiation de la CEDEAO.",
             #line),
            ("Ghana and Togo praised their ties during a visit to Accra by Togolese President Yao Amegah, who was received by "
             + "the head of state, Kofi Mensah.\n\n"
             + "On regional matters, the President Mensah and the President Amegah reaffirmed their support for the mediation of ECOWAS.\n",
             "support GH+TG On regional matters, the President Mensah and the President Amegah reaffirmed their support for the mediation of ECOWAS.",
             #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.commitmentLines(text).last, expected, text, line: line)
        }
    }

    /// Neither official placed by the text ("le Président Adjovi et le Président Kaboré"):
    /// the two sides still speak together.
    func testTwoUnplacedTitledOfficialsSpeakForBothSides() {
        let text = "Le Bénin et le Burkina Faso ont publié un communiqué conjoint à l'issue de la visite à Cotonou.\n"
            + "Les deux pays ont souligné la nécessité de renforcer la sécurité à leur frontière commune.\n"
            + "Sur le plan régional, le Président Adjovi et le Président Kaboré ont réitéré leur soutien à la force "
            + "conjointe de l'initiative d'Accra.\n"
        let support = TestSupport.extract(text, published: "2026-03-03").commitments.first { $0.text.contains("réitéré") }
        XCTAssertEqual(Set(support?.by.map(\.rawValue) ?? []), ["BJ", "BF"], text)
    }
}
