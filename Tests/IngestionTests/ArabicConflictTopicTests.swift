import Model
import XCTest

/// GUIDELINES, Topics: debt is finance, unilateral sanctions touch sovereignty and
/// the economy, drones are security, the Houthi militias Yemen's war; and a state
/// at war named as a side of the statement's own relationship ("between Egypt and
/// Sudan" in their readout) is no conflict, while its war still is.
final class ArabicConflictTopicTests: XCTestCase {
    static let fields: [(text: String, topics: Set<Topic>, line: UInt)] = [
        ("دعا الوزير إلى إلغاء الديون المستحقة على الدول الأقل نموا.", [.finance], #line),
        ("وأدان الوزير العقوبات الأحادية المفروضة على عدد من الدول النامية.", [.sovereignty, .economy], #line),
        ("وأعربت الوزارة عن قلقها من تزايد الطائرات المسيرة في المنطقة.", [.security], #line),
        ("وطالب البيان بوقف هجمات مليشيا الحوثي.", [.security, .regionalConflict], #line),
    ]

    func testFieldWords() {
        for c in Self.fields {
            let e = TestSupport.extract(c.text, published: "2026-03-03", language: .arabic)
            XCTAssertEqual(e.commitments.map { Set($0.topics) }, [c.topics], c.text, line: c.line)
        }
    }

    func testAnIssuerAtWarNamedAsASideIsNoConflict() {
        let text = """
        تلقى الرئيس المصري اتصالا هاتفيا من رئيس مجلس السيادة السوداني.

        وأشاد الرئيسان بالتقارب الكبير بين مصر والسودان.
        وأكد الرئيسان ضرورة إنهاء الحرب في السودان.
        """
        let e = TestSupport.extract(text, published: "2026-03-03", language: .arabic)
        XCTAssertEqual(e.commitments.map(\.topics), [[.diplomaticProcess], [.regionalConflict]])
    }
}
