import Model
import XCTest

/// A sentence whose only stance is an infinitive ("used the occasion to reaffirm")
/// is a commitment of the subject it names; a sentence with a finite stance keeps it
/// as its head, and an infinitive with no named subject commits nobody.
final class InfinitiveHeadTests: XCTestCase {
    func testAnInfinitiveStanceWithANamedSubjectHeadsTheSentence() {
        let cases: [(String, [CommitmentType], UInt)] = [
            ("Egypt and Kenya held talks in Nairobi. Both leaders used the occasion to reaffirm the close ties between their countries.", [.position], #line),
            ("Egypt and Kenya held talks in Nairobi. The two ministers took the opportunity to welcome the new trade figures.", [.welcome], #line),
            ("Egypt and Kenya held talks in Nairobi. The two ministers agreed to welcome a trade fair next year.", [.pledge], #line),
            ("Egypt and Kenya held talks in Nairobi. A decision to welcome the fair was taken long ago.", [], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(text).commitments.map(\.type), expected, text, line: line)
        }
    }
}
