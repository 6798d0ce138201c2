import Model
import XCTest

/// A headline's or cross-head's claim, and a last paragraph cut off before its
/// full stop (which reads as a heading), are commitments; a headline that the
/// body restates, and a line that introduces a list, give none of their own.
final class HeadingClaimTests: XCTestCase {
    private func texts(_ text: String) -> [String] {
        TestSupport.extract(text).commitments.map(\.text)
    }

    func testClaimsInHeadingsAreCommitmentsUnlessRestated() {
        let cases: [(String, [String], UInt)] = [
            // A last paragraph cut off mid-sentence.
            ("Ghana and Togo held talks in Accra on Monday.\n\nThe two ministers agreed to open a joint border post and to expand trade in cocoa and",
             ["The two ministers agreed to open a joint border post and to expand trade in cocoa"], #line),
            ("Le Ghana et le Togo ont tenu des consultations à Accra lundi.\n\nLes deux ministres ont salué les efforts conjoints déployés pour la sécurité du golfe de",
             ["Les deux ministres ont salué les efforts conjoints déployés pour la sécurité du golfe de"], #line),
            ("عقدت غانا وتوغو مشاورات في أكرا يوم الاثنين.\n\nوأكد الوزيران أهمية تعزيز التعاون في مجال الأمن البحري في خليج",
             ["وأكد الوزيران أهمية تعزيز التعاون في مجال الأمن البحري في خليج"], #line),
            // A cross-head with a claim of its own, between paragraphs.
            ("Ghana and Togo held talks in Accra on Monday. The ministers agreed to open a joint border post.\n\nTogo calls for a regional summit every two years\n\nThe talks ended with a dinner.",
             ["The ministers agreed to open a joint border post.", "Togo calls for a regional summit every two years"], #line),
            // A headline that the first paragraph restates: one commitment.
            ("Ghana and Togo agree to open a joint border post\n\nGhana and Togo agreed on Monday in Accra to open a joint border post.",
             ["Ghana and Togo agreed on Monday in Accra to open a joint border post."], #line),
            // A line ending in a colon introduces the list below.
            ("Ghana and Togo held talks in Accra on Monday.\n\nThe two ministers agreed on the following points:\n\n- to open a joint border post;\n- to expand trade in cocoa.",
             ["to open a joint border post", "to expand trade in cocoa."], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(texts(text), expected, text, line: line)
        }
    }
}
