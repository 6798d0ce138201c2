import Model
import XCTest

/// "أعربت وزارة الخارجية في صنعاء عن إدانتها للعدوان الإسرائيلي": a ministry the lead places in
/// its capital speaks for that capital's state, not for the state whose act it condemns.
final class MinistrySeatCapitalTests: XCTestCase {
    func testAMinistryPlacedInItsCapitalIsThatStatesVoice() {
        let cases: [(String, Language, String, String, UInt)] = [
            ("وزارة الخارجية تدين القصف الإسرائيلي على بيروت\n\n"
             + "أعربت وزارة الخارجية في دمشق عن إدانتها الشديدة للقصف الإسرائيلي الذي استهدف بيروت، ووصفته بأنه انتهاك صارخ لسيادة لبنان.\n",
             .arabic, "SY", "IL", #line),
            ("The foreign ministry in Tehran on Monday strongly condemned the Israeli strike on Beirut and urged the "
             + "Security Council to act.\n", .english, "IR", "IL", #line),
        ]
        for (text, language, issuer, matter, line) in cases {
            let e = TestSupport.extract(text, published: "2025-05-05", language: language)
            XCTAssertEqual(e.statement.kind, .pressStatement, line: line)
            XCTAssertEqual(e.issuers.map(\.rawValue), [issuer], "\(e.parties)", line: line)
            XCTAssertFalse(e.issuers.map(\.rawValue).contains(matter), line: line)
        }
    }
}
