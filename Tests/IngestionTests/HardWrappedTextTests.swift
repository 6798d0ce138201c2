import Model
import XCTest

/// A text wrapped by hand at a fixed width runs its sentences over short lines,
/// some ending in a comma. A line that runs on in lower case is the same
/// sentence: its clauses keep their speaker and their stance.
final class HardWrappedTextTests: XCTestCase {
    static let text = """
    Ghana and Peru issued a joint communique in
    Accra on Monday at the end of the Peruvian
    President's state visit.
    The communique says the Peruvian side
    reiterated its support for the African Union's
    mediation in the region.
    It says Peru remains committed to open trade,
    opposes all forms of protectionism, and
    supports Ghana's bid to host the next summit.
    """

    func testALineRunningOnInLowerCaseContinuesItsSentence() {
        let commitments = TestSupport.extract(Self.text, published: "2026-03-03").commitments
        let support = commitments.first { $0.text.contains("reiterated its support") }
        XCTAssertEqual(support?.type, .support, "\(commitments.map(\.text))")
        XCTAssertEqual(support?.by.map(\.rawValue), ["PE"], "\(commitments.map(\.text))")
        let bid = commitments.first { $0.text.contains("host the next summit") }
        XCTAssertEqual(bid?.by.map(\.rawValue), ["PE"], "\(commitments.map(\.text))")
    }
}
