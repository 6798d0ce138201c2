import Model
import XCTest

/// GUIDELINES, Type: expressing satisfaction is a welcome, looking forward to
/// doing and working at doing are one's own future action (pledges), and a
/// coordinated verb of another type is its own clause (Unit). The two-word
/// cue that stands together ("أعرب عن ارتياح") heads the first clause, not a
/// gapped one reaching into the next verb ("أعرب … عن … وتطلعا").
final class ArabicSatisfactionForwardTests: XCTestCase {
    static let cases: [(text: String, types: [CommitmentType], line: UInt)] = [
        ("أعرب الوزيران عن ارتياحهما لنتائج المباحثات، وتطلعا إلى عقد الجولة المقبلة قريبا.", [.welcome, .pledge], #line),
        ("وعبرت الوزيرة عن ارتياحها لسير التحضيرات، وتتطلع إلى استضافة المؤتمر العام المقبل.", [.welcome, .pledge], #line),
        ("وأكد البلدان العمل على توحيد مواقفهما في المنظمات الإقليمية.", [.pledge], #line),
        // Stressing the importance of working at it is a position.
        ("وأكد البلدان أهمية العمل على توحيد مواقفهما في المنظمات الإقليمية.", [.position], #line),
    ]

    func testSatisfactionWelcomesAndLookingForwardPledges() {
        for c in Self.cases {
            let e = TestSupport.extract(c.text, published: "2026-03-03", language: .arabic)
            XCTAssertEqual(e.commitments.map(\.type), c.types, c.text, line: c.line)
        }
    }

    /// "…، الأمر الذي يستوجب تحركا دوليا", "…، مما يتطلب تدخلا": what a matter demands of
    /// others is a call of its own after an assessment (GUIDELINES, Unit: a change of type).
    func testWhatTheMatterDemandsIsACall() {
        let cases: [(text: String, line: UInt)] = [
            ("وأكدت الوزارة أن استمرار الهجمات يشكل تهديدا للأمن الإقليمي، الأمر الذي يستوجب تحركا عاجلا من مجلس الأمن.", #line),
            ("وحذر الوزير من تدهور الأوضاع الإنسانية، مما يتطلب تدخلا دوليا سريعا.", #line),
        ]
        for c in cases {
            let e = TestSupport.extract(c.text, published: "2026-03-03", language: .arabic)
            XCTAssertEqual(e.commitments.map(\.type), [.position, .call], c.text, line: c.line)
        }
    }
}
