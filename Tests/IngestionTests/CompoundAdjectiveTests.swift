import Model
import XCTest

/// A compound adjective names both sides ("la commission mixte
/// mauritano-malienne", "Sino-Russian talks"): its first part is a
/// country's combining form, and the two are the statement's issuers.
final class CompoundAdjectiveTests: XCTestCase {
    static let cases: [(text: String, issuers: Set<PartyCode>)] = [
        ("""
        Bamako : clôture de la commission mixte mauritano-malienne

        La commission mixte de coopération mauritano-malienne a clôturé lundi à Bamako sa 13e session. Les deux parties ont convenu de renforcer leur coopération.
        """, ["MR", "ML"]),
        ("""
        Sino-Russian talks open in Moscow

        Moscow, 4 May 2027 — The two sides agreed to expand energy cooperation.
        """, ["CN", "RU"]),
    ]

    func testBothCountriesOfACompoundAdjectiveAreIssuers() {
        for c in Self.cases {
            let e = TestSupport.extract(c.text)
            XCTAssertEqual(Set(e.parties.filter { $0.role == .issuer }.map(\.code)), c.issuers, c.text)
            XCTAssertEqual(e.commitments.map { Set($0.by) }, [c.issuers], c.text)
        }
    }
}
