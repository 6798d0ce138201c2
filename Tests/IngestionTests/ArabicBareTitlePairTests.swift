import Model
import XCTest

/// Two officials joined by و after an Arabic verb, one or both by a bare
/// title ("الملك", "الرئيس" before a surname), speak together: the bare
/// title's holder is the one the text named, and the next official joined
/// by و is not the first title's holder.
final class ArabicBareTitlePairTests: XCTestCase {
    func testOfficialsByBareTitlesJoinedByWawSpeakTogether() {
        let lead = "أجرى الملك عبدالله الثاني والرئيس المصري عبد الفتاح السيسي مباحثات في القاهرة اليوم تناولت العلاقات الثنائية.\n"
        let cases: [(String, UInt)] = [
            ("وأكد الملك والرئيس السيسي خلال المباحثات ضرورة تكثيف الجهود الدولية لوقف التصعيد.", #line),
            ("وأكد جلالة الملك والرئيس السيسي خلال المباحثات ضرورة تكثيف الجهود الدولية لوقف التصعيد.", #line),
        ]
        for (sentence, line) in cases {
            let extraction = TestSupport.extract(lead + sentence, language: .arabic)
            XCTAssertEqual(extraction.commitments.map { Set($0.by) }, [["JO", "EG"]], sentence, line: line)
        }
    }
}
