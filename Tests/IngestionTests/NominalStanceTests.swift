import Model
import XCTest

/// Arabic communiqués state stances as masdars: "closed its session by affirming…",
/// "with praise for…". Governed by ب or مع in a sentence with no finite stance,
/// or adding a stance of another type after one, the masdar is a commitment.
final class NominalStanceTests: XCTestCase {
    func testAStanceMasdarGovernedByBaOrMaaIsACommitment() {
        let cases: [(String, [CommitmentType], UInt)] = [
            ("اختتم مجلس الجامعة العربية دورته في القاهرة بالتأكيد على أهمية الحل السياسي في ليبيا.", [.position], #line),
            ("وأنهى مجلس الجامعة العربية اجتماعه بالترحيب بنتائج المؤتمر الدولي للمانحين.", [.welcome], #line),
            ("وأكد مجلس الجامعة العربية أهمية الحل السياسي في ليبيا، مع الإشادة بجهود دول الجوار في دعم الحوار.", [.position, .welcome], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, language: .arabic).commitments.map(\.type), expected, text, line: line)
        }
    }
}
