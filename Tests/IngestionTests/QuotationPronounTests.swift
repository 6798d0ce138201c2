import Model
import XCTest

/// A quotation attributed by a pronoun ('…," he said', « …», a-t-il dit) is
/// the official named last before it, and its "we" is that official's side,
/// not every party of the talks.
final class QuotationPronounTests: XCTestCase {
    typealias Case = SpeakerTests.Case

    static let cases: [Case] = [
        Case(text: """
        Ankara, 5 May 2027 — Turkish Foreign Minister Ahmet Yilmaz met Azerbaijani Foreign Minister Elnur Aliyev and Kazakh Foreign Minister Daniyar Serikov. The ministers agreed to expand rail links. At the press conference, Yilmaz also spoke about vaccine supplies. "We will keep standing together as three friendly nations," he said.
        """, by: [["TR", "AZ", "KZ"], ["TR"]]),
        Case(text: """
        Rabat, 5 mai 2027 — Le ministre marocain des Affaires étrangères Karim Bennani a reçu son homologue sénégalais Moussa Faye. Les deux ministres ont convenu de renforcer la coopération portuaire. Lors de la conférence de presse, M. Faye a évoqué la saison de pêche. « Nous allons soutenir les pêcheurs artisanaux », a-t-il dit.
        """, by: [["MA", "SN"], ["SN"]]),
    ]

    /// A quotation of several sentences is its attributed speaker's in each of them, not
    /// only in the one that opens it.
    static let longQuotations: [Case] = [
        Case(text: """
        "To keep our markets open, I stress the importance of new rail links. Malaysia will host a transport forum next year," Malaysian President Aziz Rahman said at a joint press conference in Putrajaya on Monday. President Rahman spoke after talks with Thai Prime Minister Somchai Wong.
        """, by: [["MY"], ["MY"]]),
        Case(text: """
        "We discussed how to widen rail links across the region. I stress the importance of keeping our markets open," Malaysian President Aziz Rahman said at a joint press conference in Putrajaya on Monday. President Rahman spoke after talks with Thai Prime Minister Somchai Wong.
        """, by: [["MY"]]),
        Case(text: """
        « Nous avons parlé des liaisons ferroviaires. Je souligne l'importance de garder nos marchés ouverts », a déclaré le président malaisien Aziz Rahman lundi à Putrajaya, après un entretien avec le Premier ministre thaïlandais Somchai Wong.
        """, by: [["MY"]]),
    ]

    func testEverySentenceOfAQuotationIsItsSpeakers() {
        for (n, c) in Self.longQuotations.enumerated() {
            let e = TestSupport.extract(c.text)
            XCTAssertEqual(e.commitments.map { Set($0.by) }, c.by, "case \(n)")
        }
    }

    func testQuotationAttributedByAPronounIsTheOfficialNamedBeforeIt() {
        for (n, c) in Self.cases.enumerated() {
            let e = TestSupport.extract(c.text)
            XCTAssertEqual(e.commitments.map { Set($0.by) }, c.by, "case \(n)")
        }
    }
}
