import Model
import XCTest

/// One party's own statement (GUIDELINES: press_statement): a bare
/// "communiqué" no meeting issued, or a ministry speaking with no document
/// named; the state it is about is no issuer. A summit's communiqué stays a communique.
final class OwnStatementKindTests: XCTestCase {
    func testAPartysBareCommuniqueIsAPressStatement() {
        let cases: [(String, StatementKind, Set<String>, UInt)] = [
            ("Le Bénin a fermement condamné, par voie de communiqué, l’attaque contre un convoi humanitaire au Soudan.\n\n"
             + "Le gouvernement béninois appelle toutes les parties à protéger les civils.\n", .pressStatement, ["BJ"], #line),
            ("The Kenyan foreign ministry said in a communiqué on Sunday that it welcomed the ceasefire in eastern Congo.\n\n"
             + "Kenya called on all parties to respect the truce.\n", .pressStatement, ["KE"], #line),
            ("Dans un communiqué publié jeudi, le ministère tunisien des Affaires étrangères a exprimé sa solidarité avec le Maroc.\n\n"
             + "La Tunisie se tient prête à apporter son aide.\n", .pressStatement, ["TN"], #line),
        ]
        for (text, kind, issuers, line) in cases {
            let e = TestSupport.extract(text, published: "2026-03-03")
            XCTAssertEqual(e.statement.kind, kind, text, line: line)
            XCTAssertEqual(Set(e.issuers.map(\.rawValue)), issuers, text, line: line)
        }
    }

    /// The European Union's own declaration, under that title ("Déclaration de
    /// l'Union européenne", "Statement by the European Union"), is one party's.
    func testTheEuropeanUnionsOwnDeclarationIsAPressStatement() {
        let cases: [(String, UInt)] = [
            ("QUATRIEME REUNION DU\nCOMITE MIXTE UE-JORDANIE\n(Luxembourg, le 21 juin 2012)\n\nDéclaration de l'Union européenne\n\n"
             + "1. L'Union européenne salue les progrès de la Jordanie et l'invite à élargir le dialogue social.\n", #line),
            ("Statement by the European Union on the elections in Malawi\n\n"
             + "The European Union welcomes the peaceful conduct of the elections and calls on all parties to respect the results.\n", #line),
        ]
        for (text, line) in cases {
            XCTAssertEqual(TestSupport.extract(text).statement.kind, .pressStatement, text, line: line)
        }
    }

    func testASummitsBareCommuniqueStaysACommunique() {
        let text = "Les chefs d’État ont clos leur sommet samedi à Niamey par un communiqué.\n\nLe sommet a appelé au renforcement de la sécurité.\n"
        XCTAssertEqual(TestSupport.extract(text, published: "2026-03-03").statement.kind, .communique)
    }

    func testAMinistrySpeakingWithNoDocumentNamedIsAPressStatement() {
        let cases: [(String, String, UInt)] = [
            ("أعربت وزارة الخارجية عن إدانة دولة الكويت للهجوم الذي استهدف مدرسة في جنوب السودان.\n\n"
             + "ودعت المجتمع الدولي إلى حماية المدنيين.\n", "KW", #line),
            ("The Foreign Ministry of Ghana condemned on Tuesday the attack on a United Nations convoy in Mali.\n\n"
             + "It called on all parties to protect peacekeepers.\n", "GH", #line),
            ("Le ministère des Affaires étrangères du Niger a exprimé samedi sa préoccupation face aux combats au Tchad.\n\n"
             + "Il appelle les parties au dialogue.\n", "NE", #line),
            // Ministries of "external relations" or "external affairs" (Cuba's, Angola's, India's).
            ("Le ministère des Relations extérieures du Cameroun a exprimé samedi sa préoccupation face aux combats au Tchad.\n\n"
             + "Il appelle les parties au dialogue.\n", "CM", #line),
            ("The Ministry of External Affairs of Ghana condemned on Tuesday the attack on a United Nations convoy in Mali.\n\n"
             + "It called on all parties to protect peacekeepers.\n", "GH", #line),
        ]
        for (text, issuer, line) in cases {
            let e = TestSupport.extract(text, published: "2026-03-03")
            XCTAssertEqual(e.statement.kind, .pressStatement, text, line: line)
            XCTAssertEqual(e.issuers.map(\.rawValue), [issuer], text, line: line)
        }
    }

    /// "the final communiqué, titled the Nairobi Declaration": the summit adopted a declaration under its own name.
    func testAFinalStatementTitledAsADeclarationIsThatDeclaration() {
        let cases: [(String, UInt)] = [
            ("اختتمت القمة العربية الأفريقية أعمالها في الجزائر أمس، وصدر عنها البيان الختامي بعنوان \"إعلان الجزائر\".\n\n"
             + "وأكد الإعلان أهمية تعزيز التكامل الاقتصادي.\n", #line),
            ("Leaders closed the summit in Nairobi on Friday with a final communiqué titled the Nairobi Declaration.\n\n"
             + "The declaration called for an end to the fighting.\n", #line),
            ("Le sommet s’est achevé à Dakar par un communiqué final intitulé « Déclaration de Dakar ».\n\n"
             + "Les dirigeants ont appelé à la paix.\n", #line),
        ]
        for (text, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, published: "2026-03-03").statement.kind, .declaration, text, line: line)
        }
    }

    /// A ministry cited in the lead as the source of a document the text names further down is not
    /// speaking for itself: the named document decides the kind.
    func testAMinistryCitingANamedDocumentLeavesItsKind() {
        let cases: [(String, UInt)] = [
            ("Kenya, Uganda agree to deepen trade ties\n\n"
             + "Leaders of Kenya and Uganda have agreed to deepen trade ties, according to the Kenyan Foreign Ministry. "
             + "On Friday the first Kenya-Uganda Summit was held at the State House in Kampala.\n\n"
             + "The leaders toured the new rail terminal before the talks.\n\n"
             + "The Summit issued the Kampala Declaration, which said that both sides would open a new border post.\n", #line),
            ("Le Sénégal et la Gambie conviennent de relancer le pont\n\n"
             + "Les dirigeants du Sénégal et de la Gambie ont convenu de relancer le pont, selon le ministère des Affaires étrangères. "
             + "Vendredi, le premier sommet sénégalo-gambien s'est tenu au palais présidentiel de Banjul.\n\n"
             + "Les dirigeants ont visité le chantier avant les entretiens.\n\n"
             + "Le sommet a adopté la Déclaration de Banjul, selon laquelle les deux pays ouvriront un poste frontalier.\n", #line),
        ]
        for (text, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, published: "2026-03-03").statement.kind, .declaration, text, line: line)
        }
    }
}
