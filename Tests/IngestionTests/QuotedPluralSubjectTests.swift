import Model
import XCTest

/// "« Ils ont exprimé leur solidarité », a écrit l'Elysée": inside one side's quotation,
/// what "they" did is both sides' stance; "we" stays the quoted side's own.
final class QuotedPluralSubjectTests: XCTestCase {
    static let lead = "Le président Ahmed Benali a reçu mardi un appel téléphonique de son homologue français, Paul Morel.\n\n"

    func testTheyInsideOneSidesQuotationAreBothSides() {
        let cases: [(String, Set<String>, UInt)] = [
            ("« Ils ont notamment affirmé leur volonté de travailler ensemble pour la stabilité du Sahel », a écrit l'Elysée.\n",
             ["DZ", "FR"], #line),
            ("« Ils sont convenus de relancer la commission mixte », indique le communiqué de la présidence française.\n",
             ["DZ", "FR"], #line),
            ("« Nous avons affirmé notre volonté de travailler pour la stabilité du Sahel », a déclaré l'Elysée.\n",
             ["FR"], #line),
        ]
        for (quote, by, line) in cases {
            let text = Self.lead.replacingOccurrences(of: "Le président Ahmed", with: "Le président algérien Ahmed") + quote
            let commitments = TestSupport.extract(text, published: "2026-03-03", language: .french).commitments
            XCTAssertEqual(commitments.first.map { Set($0.by.map(\.rawValue)) }, by, "\(commitments)", line: line)
        }
    }
}
