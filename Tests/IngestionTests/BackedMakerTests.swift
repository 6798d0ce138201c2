import Model
import XCTest

/// GUIDELINES: support backs another party. When an Arabic backing or welcome
/// that would be all the issuers' names one of them as its matter, with ل or ب
/// glued to it ("دعم بلاده الكامل للدور القيادي لمصر", "ترحيبهما بمبادرة
/// لكينيا"), that issuer is the one backed, not a backer: the stance is the
/// other side's. A name that places or qualifies ("في مصر", "المصريين") backs no one.
final class BackedMakerTests: XCTestCase {
    func testAnIssuerNamedAsWhatIsBackedIsNoMaker() {
        let cases: [(String, String, [String], UInt)] = [
            ("صدر بيان مشترك في ختام زيارة الرئيس الإندونيسي إلى مصر.\n"
             + "وأكد الرئيس الإندونيسي على دعم بلاده الكامل للدور القيادي لمصر في المنطقة.\n", "دعم", ["ID"], #line),
            ("أصدرت كينيا وغانا بيانا مشتركا في ختام المباحثات في نيروبي.\n"
             + "وجدد الجانبان دعمهما لكينيا في مسعاها لاستضافة القمة الإقليمية.\n", "دعمهما", ["GH"], #line),
        ]
        for (text, cue, expected, line) in cases {
            let found = TestSupport.extract(text, published: "2026-03-03").commitments.first { $0.text.contains(cue) }
            XCTAssertEqual(found?.by.map(\.rawValue), expected, text, line: line)
        }
    }

    /// A backing of a third party, or one that names an issuer only as a place or by its
    /// adjective, keeps all its makers.
    func testABackingOfAThirdPartyKeepsItsMakers() {
        let cases: [(String, UInt)] = [
            ("أصدرت كينيا وغانا بيانا مشتركا في ختام المباحثات في نيروبي.\n"
             + "وجدد الجانبان دعمهما للصومال في حربه على الإرهاب.\n", #line),
            ("أصدرت كينيا وغانا بيانا مشتركا في ختام المباحثات في نيروبي.\n"
             + "ورحب الجانبان بإلغاء التأشيرات للمواطنين الكينيين والغانيين.\n", #line),
        ]
        for (text, line) in cases {
            let found = TestSupport.extract(text, published: "2026-03-03").commitments.last
            XCTAssertEqual(Set(found?.by.map(\.rawValue) ?? []), ["KE", "GH"], text, line: line)
        }
    }
}
