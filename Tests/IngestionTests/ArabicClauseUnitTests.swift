import Model
import XCTest

/// GUIDELINES "Unit" in Arabic: a coordinated part with its own action or a
/// new type after a comma, and a participle clause ("موضحًا أن", "معربين
/// عن"), are clauses of their own; further objects of one predicate are not.
final class ArabicClauseUnitTests: XCTestCase {
    func testCoordinatedPartsAndParticipleClausesAreSplit() {
        let opening = "عقدت مصر وكينيا مشاورات في نيروبي. "
        let cases: [(String, [CommitmentType], UInt)] = [
            ("وأشاد البيان بجهود الوساطة الأفريقية، موضحا أن الاتفاق يفتح صفحة جديدة في العلاقات بين البلدين.", [.welcome, .position], #line),
            ("وأكد الوزيران عزمهما تعزيز التعاون في مجال الطاقة، معربين عن تطلعهما إلى نجاح القمة المقبلة.", [.pledge, .position], #line),
            ("وأكد الوزيران عزمهما تعزيز التعاون في مجال الطاقة، والعمل على إيجاد حلول لأزمة المياه في المنطقة.", [.pledge, .pledge], #line),
            ("وأكد الوزيران عزمهما تعزيز التعاون في مجال الطاقة، ودعم جهود السلام في الصومال.", [.pledge, .support], #line),
            ("وأكد الوزيران عزمهما تطوير وتعميق التعاون في مجال الطاقة.", [.pledge], #line),
            ("اتفق الوزيران على تعميق التعاون في مجال الزراعة، وتوسيع الشراكة في مجال الصناعة.", [.pledge], #line),
            ("وأكد الوزيران عزمهما تعزيز التعاون في مجال الطاقة، ودعم بعضهما البعض في المحافل الدولية.", [.pledge], #line),
        ]
        for (sentence, expected, line) in cases {
            let found = TestSupport.extract(opening + sentence, language: .arabic).commitments.map(\.type)
            XCTAssertEqual(found, expected, sentence, line: line)
        }
    }
}
