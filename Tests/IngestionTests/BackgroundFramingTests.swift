import Model
import XCTest

/// GUIDELINES: the meeting held, what it went over and where it fits are
/// background, not commitments: a numbered paragraph narrating the talks,
/// and a sentence placing a call or visit in a frame, even when a ministry
/// is quoted saying so.
final class BackgroundFramingTests: XCTestCase {
    func testNarrationAndFramingAreNoCommitments() {
        let pledge = "pledge CL+PE Chile and Peru agreed to open a consulate in Arica."
        let cases: [(String, [String], UInt)] = [
            ("Joint Statement between Chile and Peru\n\n1. President Ana Rojas of Chile and President Luis Vega of Peru held talks in Lima on 3 May 2027.\n\n2. Chile and Peru agreed to open a consulate in Arica.",
             [pledge], #line),
            ("Joint Statement between Chile and Peru\n\n1. The two presidents had a long discussion about regional issues.\n\n2. Chile and Peru agreed to open a consulate in Arica.",
             [pledge], #line),
            ("Chile and Peru held consultations on Tuesday.\n\nThe call comes within the framework of regular coordination between the two countries, the ministry said.\n\nChile and Peru agreed to open a consulate in Arica.",
             [pledge], #line),
            ("Le Chili et le Pérou ont tenu des consultations mardi.\n\nCette visite s’inscrit dans le cadre des consultations régulières entre les deux pays, a précisé le ministre.\n\nLe Chili et le Pérou sont convenus d'ouvrir un consulat à Arica.",
             ["pledge CL+PE Le Chili et le Pérou sont convenus d'ouvrir un consulat à Arica."], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.commitmentLines(text), expected, text, line: line)
        }
    }

    /// An outcomes list's bare items, with no introduction, are still commitments.
    func testABareOutcomeItemStillCommits() {
        let text = "Chile and Peru held talks in Lima on Monday.\n\n1. Signing of a memorandum on fisheries.\n2. Opening of a consulate in Arica."
        XCTAssertEqual(TestSupport.commitmentLines(text), [
            "pledge CL+PE Signing of a memorandum on fisheries.",
            "pledge CL+PE Opening of a consulate in Arica.",
        ])
    }
}
