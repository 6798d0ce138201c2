import Model
import XCTest

/// A stance verb after a closing quotation and its comma ("…», a affirmé la
/// présidence", "…', the presidency stressed") attributes the quotation: it
/// is no commitment of its own.
final class QuotationAttributionTests: XCTestCase {
    static let cases: [String] = [
        "Les deux présidents ont convenu de rechercher « une solution politique et durable du conflit », a affirmé la présidence.",
        "The two leaders agreed to seek 'a political and lasting settlement of the conflict', the presidency stressed.",
    ]

    func testTheVerbAttributingAQuotationIsNoSecondCommitment() {
        for text in Self.cases {
            XCTAssertEqual(TestSupport.extract(text).commitments.map(\.type), [.pledge], text)
        }
    }
}
