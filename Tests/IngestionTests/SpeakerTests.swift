import Model
import XCTest

/// Who makes a clause when the text names its speakers in the ways real
/// reports do: an official named again by surname or by pronoun, whose
/// party is inferred only after the clauses are cut; two officials joined
/// by surname; a bare title joined to a named head of state.
final class SpeakerTests: XCTestCase {
    struct Case {
        var text: String
        /// Each commitment's makers, in order.
        var by: [Set<PartyCode>]
    }

    static let cases: [Case] = [
        // The secretary-general's party is known only from the issuers; "Ms. Duarte" and "She" are still hers.
        Case(text: """
        BEIRUT, 4 May 2027 — Secretary-General Ana Duarte met Foreign Minister Karim Haddad of Lebanon, the United Nations said. The two sides agreed to expand aid deliveries. Ms. Duarte stressed that the ceasefire must hold. She urged all parties to protect civilians.
        """, by: [["LB", "UN"], ["UN"], ["UN"]]),
        // Two surnames joined by "and": both sides.
        Case(text: """
        Washington, 4 May 2027 — Secretary of State Paul Grant met Korean Foreign Minister Lee Min-jun. Grant and Lee reaffirmed the importance of close cooperation on the peninsula.
        """, by: [["US", "KR"]]),
        // Two officials named before by title, now by name alone and joined by "et": both sides.
        Case(text: """
        Le président sénégalais Abdou Ndiaye a reçu le président gambien Lamin Jallow à Banjul le 3 mai 2027. Abdou Ndiaye et Lamin Jallow ont exprimé leur préoccupation face à la sécheresse.
        """, by: [["SN", "GM"]]),
        // "The Prime Minister" is the official introduced by name first and that title after it,
        // not the other side's premier.
        Case(text: """
        Joint Statement between Ghana and Kenya

        Amina Bello, Prime Minister of the Republic of Ghana, paid an official visit to Kenya from 2 to 4 May 2027 at the invitation of Premier Daniel Mwangi. The Prime Minister thanked the Kenyan government for its warm hospitality. The two sides agreed to expand trade.
        """, by: [["GH"], ["GH", "KE"]]),
        // A participle opening the sentence has its subject after the comma that closes its phrase.
        Case(text: """
        Amman, 4 May 2027 — Lebanese Foreign Minister Karim Haddad met Jordanian Foreign Minister Omar Saleh. Underlining that the talks had been useful, Haddad said Lebanon wants to expand trade with Jordan.
        """, by: [["LB"]]),
        // "الجانب الصيني", the Chinese side: the side a demonym names after the verb.
        Case(text: """
        بيان مشترك بين مصر والصين

        كما يدعم الجانب الصيني خطط الحكومة المصرية لتطوير الاقتصاد.
        """, by: [["CN"]]),
        // A long relative clause between "the two ministers" and their verb.
        Case(text: """
        Paris, 4 mai 2027 — Le ministre français des Affaires étrangères a reçu son homologue marocain.

        Les deux ministres, qui se sont entretenus pendant plus de deux heures au siège du ministère en présence de leurs délégations, ont convenu de renforcer la coopération.
        """, by: [["FR", "MA"]]),
        // A bare title and a named head of state of another title are two persons, both sides.
        Case(text: """
        Amman, 4 May 2027 — U.S. President John Carter received King Faisal of Jordan. The President and King Faisal affirmed their commitment to regional stability.
        """, by: [["US", "JO"]]),
        // Two demonyms sharing one plural title: both sides, not only the demonym next to the title.
        Case(text: """
        Hanoi, 4 May 2027 — Vietnamese Foreign Minister Tran Minh met Thai Foreign Minister Somchai Wong in Hanoi. On the Mekong, the Vietnamese and Thai foreign ministers stressed the need for shared water management.
        """, by: [["VN", "TH"]]),
        // Three officials, each with a country before the title, listed with commas and "and": all three.
        Case(text: """
        Accra, 4 May 2027 — Ghana's President Kofi Mensah hosted Togo's President Koffi Amegah and Benin's President Paul Houngbo. Ghana's president, Togo's president and Benin's president agreed to open a joint border post.
        """, by: [["GH", "TG", "BJ"]]),
        // Two surnames opening the sentence, the first of them right at its start: both sides.
        Case(text: """
        Jakarta, 4 May 2027 — Indonesian Foreign Minister Dewi Ayu Lestari received Turkish Foreign Minister Mehmet Kaya. Lestari and Kaya agreed that closer ties between the two navies would serve regional security.
        """, by: [["ID", "TR"]]),
        // A named official joined to a surname the text never introduced (his counterpart, named only by title): both sides.
        Case(text: """
        Rabat, 4 mai 2027 — Le ministre marocain des Affaires étrangères, Karim Alaoui, s'est entretenu par téléphone avec son homologue comorien. MM. Alaoui et Mbae ont convenu de renforcer la coopération universitaire.
        """, by: [["MA", "KM"]]),
        // A purpose after the companion of a call is the subject's: the caller congratulates, not the country named last.
        Case(text: """
        Readout of the Prime Minister's Call with President Ama Owusu of Ghana

        Irish Prime Minister Ian Walsh spoke today with President Ama Owusu of Ghana to congratulate her on her re-election. \
        Prime Minister Walsh thanked President Owusu for her support of the cocoa agreement.
        """, by: [["IE"], ["IE"]]),
    ]

    func testMakersOfClausesNamingTheirSpeakers() {
        for (n, c) in Self.cases.enumerated() {
            let e = TestSupport.extract(c.text)
            XCTAssertEqual(e.commitments.map { Set($0.by) }, c.by, "case \(n)")
        }
    }
}
