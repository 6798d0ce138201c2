@testable import Ingestion
import Model
import XCTest

/// Outlets write an Arabic name's compound apart or glued ("أبو الغيط" and
/// "أبوالغيط", "عبد الله" and "عبدالله"): a known office holder is known in
/// both spellings, and a bare title before the name takes the holder's party.
final class ArabicCompoundNameSpellingTests: XCTestCase {
    func testBothSpellingsOfACompoundNameAreOneKnownName() {
        XCTAssertEqual(KnownOfficials.spellings("أحمد أبو الغيط"), ["أحمد أبو الغيط", "أحمد أبوالغيط"])
        XCTAssertEqual(KnownOfficials.spellings("عبدالله بن زايد"), ["عبدالله بن زايد", "عبد الله بن زايد"])
        XCTAssertEqual(KnownOfficials.spellings("Ahmed Aboul Gheit"), ["Ahmed Aboul Gheit"])
    }

    func testABareTitleBeforeAGluedKnownNameTakesTheHoldersParty() {
        let text = "الدوحة (وكالات) - بحث أمير قطر والرئيس حسني مبارك العلاقات بين البلدين. ووصف وزير الخارجية أحمد أبوالغيط الزيارة بأنها هامة للغاية."
        XCTAssertEqual(TestSupport.extract(text, language: .arabic).persons.last,
                       Person(name: "أحمد أبوالغيط", role: .foreignMinister, party: "EG"))
    }
}
