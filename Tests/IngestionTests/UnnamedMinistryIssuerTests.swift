import Model
import XCTest

/// A ministry's statement that leaves its own country unsaid: the state it stands beside,
/// condemns or praises is never its issuer. Its country is the one whose stance it affirms
/// ("the ministry affirmed the Jordanian people's standing with…"); when nothing tells it,
/// the statement has no issuer rather than a wrong one.
final class UnnamedMinistryIssuerTests: XCTestCase {
    func testTheAgentOfTheAffirmedStanceIssuesTheStatement() {
        let cases: [(text: String, issuer: String, line: UInt)] = [
            ("أدانت وزارة الخارجية بأشد العبارات الهجوم الذي تعرضت له المملكة العربية السعودية الشقيقة أمس.\n"
             + "وأكدت الوزارة وقوف الشعب الأردني إلى جانب المملكة في مواجهة الإرهاب.\n", "JO", #line),
            ("استنكرت وزارة الخارجية في بيان اليوم التفجير الذي وقع في العاصمة اللبنانية.\n"
             + "وجددت الخارجية تضامن دولة الكويت مع لبنان حكومة وشعبا.\n", "KW", #line),
            ("أعربت وزارة الخارجية عن إدانتها للهجوم الذي استهدف الأراضي العراقية.\n"
             + "وأكدت الوزارة دعم حكومة مصر لكل ما يحفظ أمن العراق واستقراره.\n", "EG", #line),
        ]
        for c in cases {
            let e = TestSupport.extract(c.text, published: "2026-03-03")
            XCTAssertEqual(e.statement.kind, .pressStatement, c.text, line: c.line)
            XCTAssertEqual(e.issuers.map(\.rawValue), [c.issuer], c.text, line: c.line)
            XCTAssertTrue(e.commitments.allSatisfy { $0.by.map(\.rawValue) == [c.issuer] }, c.text, line: c.line)
        }
    }

    func testAStateTheMinistryOnlySpeaksAboutIsNoIssuer() {
        let cases: [(String, UInt)] = [
            ("الخارجية تثمن الدور العماني في المنطقة\n\n"
             + "أشادت وزارة الخارجية بتصريحات وزير خارجية سلطنة عمان التي أدلى بها أمس.\n", #line),
            ("أدانت وزارة الخارجية بأشد العبارات الهجوم الذي استهدف مدينة في المملكة العربية السعودية.\n"
             + "ودعت الوزارة المجتمع الدولي إلى التحرك لوقف هذه الاعتداءات.\n", #line),
        ]
        for (text, line) in cases {
            let e = TestSupport.extract(text, published: "2026-03-03")
            XCTAssertEqual(e.issuers, [], text, line: line)
        }
    }
}
