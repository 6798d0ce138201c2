import Model
import XCTest

/// Two masdars under one predicate ("متابعة وتنفيذ") stay one commitment; what
/// the text says the statement holds ("جاء في البيان أن…") is the statement's
/// stance, while "جاء ذلك خلال…" only frames an event.
final class ArabicListAndFrameTests: XCTestCase {
    func testOnePredicatesListStaysOneAndADocumentFrameIsAStance() {
        let opening = "عقدت مصر وكينيا مشاورات في نيروبي. "
        let cases: [(String, [CommitmentType], UInt)] = [
            ("وشدد الوزيران على ضرورة متابعة وتنفيذ الاتفاقات الموقعة بين البلدين.", [.position], #line),
            ("ودعا الوزيران إلى متابعة وتقييم المشاريع المشتركة كل عام.", [.call], #line),
            ("وجاء في البيان الختامي أن المحادثات أسهمت في تقريب وجهات النظر بين البلدين.", [.position], #line),
            ("وورد في الإعلان المشترك أن البلدين يتقاسمان رؤية واحدة لأمن البحر الأحمر.", [.position], #line),
            ("جاء ذلك خلال لقاء الوزيرين في مقر وزارة الخارجية.", [], #line),
        ]
        for (sentence, expected, line) in cases {
            let found = TestSupport.extract(opening + sentence, language: .arabic).commitments.map(\.type)
            XCTAssertEqual(found, expected, sentence, line: line)
        }
    }
}
