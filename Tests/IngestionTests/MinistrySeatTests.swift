import Model
import XCTest

/// A state's foreign ministry or seat named for it ("the Farnesina", « le DFAE »,
/// "الكرملين"): the state, and, speaking alone in the lead, its own statement.
final class MinistrySeatTests: XCTestCase {
    func testASeatSpeakingAloneIsItsStatesPressStatement() {
        let cases: [(String, Language, String, String, UInt)] = [
            ("Le DFAE appelle lundi toutes les parties à la retenue après les frappes aériennes russes sur Kharkiv. "
             + "Il demande un retour rapide aux négociations.\n", .french, "CH", "RU", #line),
            ("The Farnesina on Monday urged all sides to exercise restraint after the Iranian missile strikes on Erbil. "
             + "It called for an immediate return to talks.\n", .english, "IT", "IR", #line),
            ("L'Itamaraty a condamné mardi l'attaque contre l'ambassade du Chili à Caracas.\n", .french, "BR", "CL", #line),
        ]
        for (text, language, issuer, matter, line) in cases {
            let extraction = TestSupport.extract(text, published: "2026-03-03", language: language)
            XCTAssertEqual(extraction.statement.kind, .pressStatement, line: line)
            XCTAssertEqual(extraction.issuers.map(\.rawValue), [issuer], line: line)
            XCTAssertTrue(extraction.parties.contains { $0.code.rawValue == matter && $0.role == .mentioned }, "\(extraction.parties)", line: line)
        }
    }

    func testSeatsNameTheirStates() {
        let cases: [(String, Language, String, UInt)] = [
            ("وأعلن الكرملين أن الرئيسين اتفقا على مواصلة الحوار.\n", .arabic, "RU", #line),
            ("وقال البيت الأبيض إن الرئيسين بحثا الوضع في غزة.\n", .arabic, "US", #line),
            ("La Maison-Blanche a salué l'accord conclu à Doha.\n", .french, "US", #line),
        ]
        for (text, language, code, line) in cases {
            let parties = TestSupport.extract(text, published: "2026-03-03", language: language).parties
            XCTAssertTrue(parties.contains { $0.code.rawValue == code }, "\(parties)", line: line)
        }
    }

    /// Pakistan's press calls its own ministry "the Foreign Office": that names no state.
    func testForeignOfficeNamesNoState() {
        let text = "ISLAMABAD: Foreign Office spokesperson Amir Khan on Friday rejected the remarks made in New Delhi.\n"
        let parties = TestSupport.extract(text, published: "2026-03-03", language: .english).parties
        XCTAssertFalse(parties.contains { $0.code.rawValue == "GB" }, "\(parties)")
    }
}
