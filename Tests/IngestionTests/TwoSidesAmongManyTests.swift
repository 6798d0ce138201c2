import Model
import XCTest

/// "The two sides" in a statement with more than two issuers (a host and the
/// two parties it brought together) means the two parties last named
/// speaking together, not every issuer.
final class TwoSidesAmongManyTests: XCTestCase {
    typealias Case = SpeakerTests.Case

    static let cases: [Case] = [
        Case(text: """
        Caracas, 5 May 2027 — Venezuelan President Luis Ortega hosted the presidents of Honduras and Guatemala in Caracas. Honduras and Guatemala agreed to set up a joint border commission. The two sides also agreed to resume talks on migration.
        """, by: [["HN", "GT"], ["HN", "GT"]]),
        Case(text: """
        Caracas, 5 mai 2027 — Le président vénézuélien Luis Ortega a reçu les présidents du Honduras et du Guatemala à Caracas. Le Honduras et le Guatemala ont convenu de créer une commission frontalière. Les deux parties ont convenu de reprendre le dialogue sur la migration.
        """, by: [["HN", "GT"], ["HN", "GT"]]),
    ]

    func testTwoSidesAreThePairLastNamedWhenThereAreMoreIssuers() {
        for (n, c) in Self.cases.enumerated() {
            let e = TestSupport.extract(c.text)
            XCTAssertEqual(e.commitments.map { Set($0.by) }, c.by, "case \(n)")
            XCTAssertEqual(Set(e.issuers), ["HN", "GT", "VE"], "case \(n)")
        }
    }
}
