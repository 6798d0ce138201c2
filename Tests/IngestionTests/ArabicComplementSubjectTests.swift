import Model
import XCTest

/// "وأضاف أن الصين تولى أهمية كبيرة للعلاقات مع المغرب وسوف تدعم…": a party after a preposition
/// is an object, and the complement's own subject goes on speaking through its later verbs.
final class ArabicComplementSubjectTests: XCTestCase {
    func testTheComplementsSubjectSpeaksNotThePartyAfterAPreposition() {
        let text = "وقع الرئيس الصيني والرئيس الكيني على بيان مشترك حول إقامة شراكة استراتيجية بين البلدين.\n"
            + "وأضاف أن الصين تولي دائما أهمية كبيرة للعلاقات مع كينيا وسوف تدعم باطراد جهودها لتحقيق التنمية.\n"
        let commitments = TestSupport.extract(text, published: "2016-05-11", language: .arabic).commitments
        let support = commitments.first { $0.type == .support }
        XCTAssertEqual(support?.by.map(\.rawValue), ["CN"], "\(commitments)")
    }
}
