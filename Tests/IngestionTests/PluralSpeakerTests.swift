import Model
import XCTest

/// Everyone who took part speaks when the text says so: "the participants",
/// "the three sides", and officials listed each with the country that owns
/// them ("Kenya's Daniel Otieno, Uganda's Moses Kato and …"). In one side's
/// account of talks they are all the issuers, not the account's author.
final class PluralSpeakerTests: XCTestCase {
    struct Case {
        var text: String
        /// Each commitment's makers, in order.
        var by: [Set<PartyCode>]
        /// The issuers, in any order.
        var issuers: Set<PartyCode>
    }

    static let cases: [Case] = [
        // A plural verb after a comma goes on with the clause before: the country named last there
        // ("the attacks in Sudan") is its object, not its subject.
        Case(text: """
        بيان مشترك بين الأردن وتونس

        اجتمع وزيرا خارجية الأردن وتونس في عمان اليوم.

        كما أدان الوزيران الهجمات على المدنيين في السودان، وأكدوا أهمية وقف إطلاق النار فورا.
        """, by: [["JO", "TN"], ["JO", "TN"]], issuers: ["JO", "TN"]),
        Case(text: """
        Jakarta, 5 May 2027 — Indonesian Foreign Minister Sari Wibowo met Malaysian Foreign Minister Aziz Rahman and Thai Foreign Minister Somchai Boonmee. The three sides agreed to hold joint patrols in the Strait of Malacca.
        """, by: [["ID", "MY", "TH"]], issuers: ["ID", "MY", "TH"]),
        Case(text: """
        Dakar, 5 mai 2027 — Le ministre sénégalais des Affaires étrangères Aïssatou Diallo a reçu son homologue gambien Lamin Ceesay. Les participants ont salué la reprise du trafic fluvial.
        """, by: [["SN", "GM"]], issuers: ["SN", "GM"]),
        Case(text: """
        عمان، 5 مايو 2027 — استقبل وزير الخارجية الأردني نظيره المصري في عمان. وأكد المشاركون أهمية تعزيز التبادل التجاري بين البلدين.
        """, by: [["JO", "EG"]], issuers: ["JO", "EG"]),
        // Leaders named without a title, each after his country's possessive: all three agree, and are the issuers.
        Case(text: """
        At their summit in Nairobi, Kenya's Daniel Otieno, Uganda's Moses Kato and Rwanda's Paul Habimana agreed to build a common rail corridor. The three leaders also welcomed the opening of a regional power market.
        """, by: [["KE", "UG", "RW"], ["KE", "UG", "RW"]], issuers: ["KE", "UG", "RW"]),
    ]

    func testPluralOrListedSpeakersAreEveryoneWhoTookPart() {
        for (n, c) in Self.cases.enumerated() {
            let e = TestSupport.extract(c.text)
            XCTAssertEqual(e.commitments.map { Set($0.by) }, c.by, "case \(n)")
            XCTAssertEqual(Set(e.issuers), c.issuers, "case \(n)")
        }
    }
}
