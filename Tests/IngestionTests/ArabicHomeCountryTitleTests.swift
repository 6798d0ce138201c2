import Model
import XCTest

/// "أمير البلاد" / "رئيس البلاد": a title that leaves the text's own country unnamed. The states
/// the lead names as the matter of the call are then no issuer, and the official is given none of
/// them: fewer issuers beat a wrong one.
final class ArabicHomeCountryTitleTests: XCTestCase {
    static let cases: [(text: String, issuers: Set<PartyCode>, line: UInt)] = [
        ("تلقى سمو أمير البلاد الشيخ حمد بن سالم اتصالا هاتفيا من الرئيس الفرنسي جان دوران، جرى خلاله بحث التوتر القائم بين إيران وباكستان.\n\nوأكد الجانبان ضرورة خفض التصعيد.",
         ["FR"], #line),
        ("استقبل رئيس البلاد سالم الحداد وزير الخارجية الإيطالي ماركو بيانكي، وبحثا تطورات الأوضاع في سوريا والعراق.\n\nوأكد الجانبان أهمية الحوار.",
         ["IT"], #line),
    ]

    func testStatesDiscussedAreNoIssuersBesideAnUnnamedHomeCountry() {
        for c in Self.cases {
            let e = TestSupport.extract(c.text, published: "2026-03-03", language: .arabic)
            XCTAssertEqual(Set(e.parties.filter { $0.role == .issuer }.map(\.code)), c.issuers, line: c.line)
            let stray = e.persons.filter { $0.role == .emir || $0.role == .president }.compactMap(\.party).filter { !c.issuers.contains($0) }
            XCTAssertEqual(stray, [], "an official of the unnamed home country is given a discussed state", line: c.line)
        }
    }
}
