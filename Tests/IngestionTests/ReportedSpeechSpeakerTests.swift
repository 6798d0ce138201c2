import Model
import XCTest

/// "X said the presence of foreign troops … and the Turkish strikes … harm
/// stability": a country named as a modifier inside the long subject of
/// reported speech is the matter, not the speaker; the one who said it speaks,
/// and the country does not become an issuer.
final class ReportedSpeechSpeakerTests: XCTestCase {
    typealias Case = PluralSpeakerTests.Case

    static let cases: [Case] = [
        Case(text: """
        Tehran, 5 May 2027 — Iranian Foreign Minister Reza Karimi spoke by phone with the Omani Foreign Minister Salim Al Harthy. Karimi said the continued presence of foreign troops in the region and the repeated Turkish air strikes on border villages harm regional stability, and stressed the need for dialogue among neighbours.
        """, by: [["IR"]], issuers: ["IR", "OM"]),
        Case(text: """
        Téhéran, 5 mai 2027 — Le ministre iranien des Affaires étrangères Reza Karimi s'est entretenu avec son homologue omanais Salim Al Harthy. M. Karimi a déclaré que la présence prolongée de troupes étrangères dans la région et les frappes aériennes turques répétées sur les villages frontaliers nuisent à la stabilité, et a souligné la nécessité du dialogue entre voisins.
        """, by: [["IR"]], issuers: ["IR", "OM"]),
    ]

    func testCountryInsideALongReportedSubjectIsNotTheSpeaker() {
        for (n, c) in Self.cases.enumerated() {
            let e = TestSupport.extract(c.text)
            XCTAssertEqual(e.commitments.map { Set($0.by) }, c.by, "case \(n)")
            XCTAssertEqual(Set(e.issuers), c.issuers, "case \(n)")
        }
    }
}
