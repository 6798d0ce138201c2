import Model
import XCTest

/// A trade war is about trade and a suicide attack about terrorism, not a
/// war or a plain security matter.
final class QuarrelTopicTests: XCTestCase {
    func testTheQualifiedWordNamesTheField() {
        let cases: [(String, Topic, Topic, UInt)] = [
            ("Peru and Chile agreed that a trade war would harm both economies.\n", .trade, .regionalConflict, #line),
            ("Le Pérou et le Chili ont estimé qu'une guerre commerciale ne servirait personne.\n", .trade, .regionalConflict, #line),
            ("Peru strongly condemned the suicide attack on the market in the capital.\n", .counterterrorism, .security, #line),
            ("Le Pérou a condamné l'attaque kamikaze contre le marché de la capitale.\n", .counterterrorism, .security, #line),
        ]
        for (text, expected, wrong, line) in cases {
            let topics = TestSupport.extract(text, published: "2026-03-14").commitments.first?.topics ?? []
            XCTAssertTrue(topics.contains(expected), "\(topics)", line: line)
            XCTAssertFalse(topics.contains(wrong), "\(topics)", line: line)
        }
    }
}
