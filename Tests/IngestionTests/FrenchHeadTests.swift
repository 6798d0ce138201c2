import Model
import XCTest

/// French finite stances that a word between subject, auxiliary and verb hid: an
/// adverb between the auxiliary and an irregular participle ("a notamment émis le
/// vœu"), object pronouns before a future ("s'en tiendra"); and "climat" in its
/// everyday sense ("dans un climat apaisé") is no climate topic.
final class FrenchHeadTests: XCTestCase {
    private let opening = "Le Sénégal et la Gambie ont tenu leur conseil présidentiel à Banjul. "

    func testStancesBehindAdverbsAndCliticsAreCommitments() {
        let cases: [(String, [CommitmentType], UInt)] = [
            ("Il a notamment émis le vœu que les élections se tiennent dans le calme.", [.position], #line),
            ("Les deux présidents ont également pris note des travaux des experts.", [.position], #line),
            ("Le Sénégal s'en tiendra au calendrier arrêté par les deux parties.", [.pledge], #line),
            ("La Gambie y veillera avec ses partenaires de la sous-région.", [.pledge], #line),
        ]
        for (sentence, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(opening + sentence).commitments.map(\.type), expected, sentence, line: line)
        }
    }

    func testAnEverydayClimateIsNoClimateTopic() {
        let topics = TestSupport.extract(opening + "Les deux présidents ont souhaité que le scrutin se déroule dans un climat apaisé.").commitments.first?.topics
        XCTAssertEqual(topics.map { $0.contains(.climate) }, false)
    }

    /// « …, appelant la communauté internationale à… »: a present participle after a comma
    /// speaks for the sentence's subject, not for the states its phrase names last.
    func testAParticipleSpeaksForTheSentencesSubject() {
        let text = "Bamako – Le ministère malien des Affaires étrangères a condamné l'attaque contre le poste de Ménaka. "
            + "Dans un communiqué, le ministère a mis en garde contre les menaces que subissent le Niger et le Burkina Faso, "
            + "appelant la communauté internationale à renforcer son aide.\n"
        let commitments = TestSupport.extract(text, language: .french).commitments
        XCTAssertFalse(commitments.isEmpty)
        for c in commitments { XCTAssertEqual(c.by.map(\.rawValue), ["ML"], c.text) }
    }
}
