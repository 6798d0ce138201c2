import Model
import XCTest

/// "اجتماع وزراء خارجية الدول الأعضاء في منظمة التعاون الإسلامي" in Djibouti: the organisation's
/// meeting, held where the lead says, not in the city one of its stances is about.
final class OrganisationMeetingPlaceTests: XCTestCase {
    static let text = "اختتمت في جيبوتي أمس أعمال اجتماع وزراء خارجية الدول الأعضاء في منظمة التعاون الإسلامي في دورته الـ39.\n"
        + "وجدد «إعلان جيبوتي» في ختام الاجتماع إدانة كافة الإجراءات التي تمارسها سلطات الاحتلال في القدس.\n"
        + "ودعم الإعلان القرار المتخذ في النزاع الحدودي بين جيبوتي وإريتريا.\n"

    func testTheMinistersOfTheMemberStatesMeetAsTheOrganisation() {
        let e = TestSupport.extract(Self.text, published: "2012-11-18", language: .arabic)
        XCTAssertTrue(e.issuers.contains("OIC"), "\(e.parties)")
        XCTAssertFalse(e.issuers.contains("ER"), "a matter of the declaration: \(e.parties)")
    }

    func testACityAfterAStanceIsItsMatterNotTheVenue() {
        XCTAssertEqual(TestSupport.extract(Self.text, published: "2012-11-18", language: .arabic).statement.venue, "Djibouti")
    }
}
