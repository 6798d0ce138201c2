import Model
import XCTest

/// The headline names a statement's sides, wherever the page puts it and
/// however the body repeats it.
final class HeadlineSideTests: XCTestCase {
    /// A page's chrome above the headline (its name, a print button, a date and a
    /// time stamp on lines of their own) does not push the headline out of the lead.
    static let chrome: [(text: String, issuers: Set<String>, line: UInt)] = [
        ("Le Quotidien du Fleuve\n\nImprimer\n12-06-2023\n\n09:40\n\nLe Sénégal condamne le coup de force au Gabon\n\n"
         + "APS - La République du Sénégal condamne avec fermeté la prise du pouvoir par des militaires au Gabon.\n\n"
         + "Le ministère des affaires étrangères exige le retour à l'ordre constitutionnel.", ["SN"], #line),
        ("The Harbour Post\n\nPrint\n2023-06-12\n\n09:40\n\nKenya condemns the coup in Gabon\n\n"
         + "KNA - The Republic of Kenya strongly condemns the seizure of power by soldiers in Gabon.\n\n"
         + "The Ministry of Foreign Affairs demands a return to constitutional order.", ["KE"], #line),
    ]

    func testPageChromeDoesNotPushTheHeadlineOut() {
        for c in Self.chrome {
            let extraction = TestSupport.extract(c.text)
            XCTAssertEqual(Set(extraction.parties.filter { $0.role == .issuer }.map(\.code.rawValue)), c.issuers, c.text, line: c.line)
        }
    }

    /// "X condemns the attack on Y's consulate", the body saying it again: the
    /// headline's clause is dropped as a repetition, but Y is still what X's
    /// condemnation is about, not a second side.
    static let restated: [(text: String, issuers: Set<String>, line: UInt)] = [
        ("Le Tchad condamne l'attaque du consulat du Soudan\n\n"
         + "Le Tchad condamne avec vigueur l'attaque du consulat du Soudan survenue dans la nuit de lundi.", ["TD"], #line),
        ("Ghana condemns attack on Mali's embassy\n\n"
         + "Ghana strongly condemns the attack on Mali's embassy that took place on Monday night.", ["GH"], #line),
    ]

    func testARestatedHeadlinesMatterIsNoSide() {
        for c in Self.restated {
            let extraction = TestSupport.extract(c.text)
            XCTAssertEqual(Set(extraction.parties.filter { $0.role == .issuer }.map(\.code.rawValue)), c.issuers, c.text, line: c.line)
            XCTAssertEqual(extraction.commitments.count, 1, c.text, line: c.line)
        }
    }

    /// An unnamed ministry's statement whose headline the body repeats: the state
    /// condemned in the headline is not the ministry's own; no issuer beats a wrong one.
    func testAnUnnamedMinistrysHeadlineMatterIsNotItsVoice() {
        let text = "Foreign Ministry Denounces Israeli Forces' Raid on Jenin Hospital\n\n"
            + "The Ministry of Foreign Affairs has denounced the Israeli forces' raid on a hospital in Jenin.\n\n"
            + "The ministry called on the international community to protect medical staff."
        let extraction = TestSupport.extract(text, published: "2026-03-03")
        XCTAssertFalse(extraction.parties.contains { $0.code.rawValue == "IL" && $0.role == .issuer }, "\(extraction.parties)")
    }
}
