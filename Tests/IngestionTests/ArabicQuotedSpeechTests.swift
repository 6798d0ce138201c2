import Model
import XCTest

/// After a stance, "وقال: «…»" opens a clause of its own, typed by what the
/// quotation says; a quotation that opens the sentence, or holds a stance
/// verb of its own, is not split again.
final class ArabicQuotedSpeechTests: XCTestCase {
    func testASaidQuotationAfterAStanceIsAClauseOfItsOwn() {
        let opening = "عقدت مصر وكينيا مشاورات في نيروبي. "
        let cases: [(String, [CommitmentType], UInt)] = [
            ("وأشاد الوزير الكيني بجهود مصر في الوساطة وقال: «كينيا جادة في تنفيذ الاتفاقات الموقعة».", [.welcome, .pledge], #line),
            ("ورحب الوزير المصري بالاتفاق الجديد، وقال: \"هذه خطوة مهمة نحو السلام في المنطقة\".", [.welcome, .position], #line),
            ("وقال الوزير المصري: «نؤكد دعمنا لجهود السلام في الصومال».", [.support], #line),
        ]
        for (sentence, expected, line) in cases {
            let found = TestSupport.extract(opening + sentence, language: .arabic).commitments.map(\.type)
            XCTAssertEqual(found, expected, sentence, line: line)
        }
    }
}
