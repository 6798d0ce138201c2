import Model
import XCTest

/// A French verb in the future tense is a pledge when a party speaks, in the
/// first person plural too ("nous renforcerons") and for "poursuivre" ("ils
/// poursuivront"); a present that folds like a future ("nous espérons") is not.
final class FrenchFutureTests: XCTestCase {
    static let text = """
    Déclaration commune du Bénin et du Togo

    Le Bénin et le Togo ont signé lundi à Cotonou une déclaration commune.
    Nous renforcerons notre coopération dans le domaine portuaire.
    Les deux gouvernements poursuivront leurs consultations sur la sécurité des frontières.
    Nous espérons une issue rapide des négociations régionales.
    """

    func testFutureTensesPledge() {
        let found = TestSupport.extract(Self.text, published: "2026-03-03")
        let types = Dictionary(found.commitments.map { ($0.text, $0.type) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(types["Nous renforcerons notre coopération dans le domaine portuaire."], .pledge, "\(types)")
        XCTAssertEqual(types["Les deux gouvernements poursuivront leurs consultations sur la sécurité des frontières."], .pledge, "\(types)")
        XCTAssertNotEqual(types["Nous espérons une issue rapide des négociations régionales."], .pledge, "\(types)")
    }
}
