import Model
import XCTest

/// Officials or parties joined by a conjunction speak together: the clause
/// starts at the first of them, not at the conjunction, and an Arabic title
/// joined by و to another ("ولي العهد … ورئيس الوزراء …") is a second speaker,
/// before the verb as after it.
final class JoinedSpeakersTests: XCTestCase {
    struct Case {
        var text: String
        /// A word of the clause whose makers are checked.
        var word: String
        var by: Set<PartyCode>
    }

    static let cases: [Case] = [
        Case(text: """
        Cairo, 5 May 2027 — The Egyptian Foreign Ministry announced on Monday that Egypt and Jordan agreed to open a joint border market.
        """, word: "agreed", by: ["EG", "JO"]),
        Case(text: """
        Niamey, 5 mai 2027 — Le ministère a annoncé mercredi que les gouvernements nigérien et béninois ont convenu de rouvrir leur frontière commune.
        """, word: "convenu", by: ["NE", "BJ"]),
        // A serial comma before "and".
        Case(text: """
        Lima, 5 May 2027 — The foreign ministers of Chile, Peru, and Bolivia agreed on Monday to open a joint border market.
        """, word: "agreed", by: ["CL", "PE", "BO"]),
        // French repeats the preposition before each name ("du …, de la … et de l'…").
        Case(text: """
        Lima, 5 mai 2027 — Les ministres des Affaires étrangères du Chili et de l’Équateur ont convenu lundi d’ouvrir un marché frontalier commun.
        """, word: "convenu", by: ["CL", "EC"]),
        Case(text: """
        Lima, 5 mai 2027 — Les ministres des Affaires étrangères du Chili, du Pérou et de la Bolivie ont convenu lundi d’ouvrir un marché frontalier commun.
        """, word: "convenu", by: ["CL", "PE", "BO"]),
        // Names joined after a preposition are its object, not the subject.
        Case(text: """
        Accra, 5 mai 2027 — Le ministre ghanéen et le commissaire de la CEDEAO ont abordé le partenariat entre les Nations unies et l’Union africaine en matière de paix, relevant que ces opérations représentent une réponse adaptée.
        """, word: "relevant", by: ["GH", "ECOWAS"]),
        // The verb before its two subjects.
        Case(text: """
        الرياض، 5 مايو 2027 — استقبل ولي العهد السعودي رئيس الوزراء الأردني في الرياض. وأكد ولي العهد السعودي ورئيس الوزراء الأردني أهمية تعزيز التعاون الاقتصادي بين البلدين.
        """, word: "أهمية", by: ["SA", "JO"]),
        // The two subjects before a verb in the dual.
        Case(text: """
        الرياض، 5 مايو 2027 — استقبل ولي العهد السعودي رئيس الوزراء الأردني في الرياض. وذكر البيان المشترك أن ولي العهد السعودي ورئيس الوزراء الأردني، أكدا أهمية تعزيز التعاون الاقتصادي بين البلدين.
        """, word: "أهمية", by: ["SA", "JO"]),
    ]

    func testOfficialsJoinedByAConjunctionSpeakTogether() {
        for (n, c) in Self.cases.enumerated() {
            let e = TestSupport.extract(c.text)
            let clause = e.commitments.first { $0.text.contains(c.word) }
            XCTAssertEqual(clause.map { Set($0.by) }, c.by, "case \(n)")
        }
    }
}
