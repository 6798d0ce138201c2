import Model
import XCTest

/// "Pour rappel, …", "It will be recalled that …": the outlet recalls earlier
/// facts, whoever it quotes for them; no commitment of the statement, and the
/// states the recap names are no issuers (GUIDELINES: background and history).
final class RecapOpenerTests: XCTestCase {
    func testARecapIsNoCommitment() {
        let cases: [(String, Language?, UInt)] = [
            ("L'Italie a condamné dans un communiqué l'attaque contre la mission de l'ONU.\n"
             + "Pour rappel, une trentaine de personnes ont été tuées lors des combats à la frontière entre le Tchad et le Niger, a déclaré l'ONU.",
             .french, #line),
            ("L'Italie a condamné dans un communiqué l'attaque contre la mission de l'ONU.\n"
             + "Rappelons que le Conseil de sécurité avait appelé au calme entre le Tchad et le Niger.", .french, #line),
            ("In a statement, Italy condemned the attack on the UN mission.\n"
             + "It will be recalled that the fighting between Chad and Niger had left dozens dead, the UN said.", .english, #line),
            ("In a statement, Italy condemned the attack on the UN mission.\n"
             + "For the record, the Security Council has urged restraint on the border between Chad and Niger.", .english, #line),
        ]
        for (text, language, line) in cases {
            let e = TestSupport.extract(text, language: language)
            XCTAssertEqual(e.commitments.count, 1, "\(e.commitments.map(\.text))", line: line)
            XCTAssertEqual(e.parties.filter { $0.role == .issuer }.map(\.code.rawValue), ["IT"], text, line: line)
        }
    }
}
