import Model
import XCTest

/// Venue, mechanism, round and kind.
final class StatementTests: XCTestCase {
    func testVenue() {
        let cases: [(String, String?, UInt)] = [
            ("جاء ذلك في بيان مشترك بعد محادثات في بكين.", "Beijing", #line),
            ("وعقد الاجتماع في الرياض، وأكد الجانبان دعمهما للحل السياسي.", "Riyadh", #line),
            ("Les deux ministres se sont réunis à Alger et ont publié un communiqué conjoint.", "Algiers", #line),
            ("The talks were held in Cairo on Tuesday, the joint statement said.", "Cairo", #line),
            ("The two sides agreed to hold the next round in Islamabad.", nil, #line),
            ("واتفق الجانبان على عقد الجولة المقبلة من الحوار في إسلام أباد.", nil, #line),
            ("BEIJING, Jan 5 (Xinhua) -- China and Pakistan agreed to deepen cooperation.", "Beijing", #line),
            ("Le ministre s'est entretenu par téléphone avec son homologue à Paris.", nil, #line),
            // A call has no venue, whatever city it names; the same words without it do.
            ("تلقى وزير الخارجية اتصالا هاتفيا من نظيره في الرياض.", nil, #line),
            ("The minister held a phone call with his counterpart in Cairo.", nil, #line),
            ("The minister held talks with his counterpart in Cairo.", "Cairo", #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(text).statement.venue, expected, text, line: line)
        }
    }

    /// The meeting's place over the outlet's dateline; a topic city is no venue.
    func testVenueOfTheMeeting() {
        let cases: [(String, String?, UInt)] = [
            ("JAKARTA (Agency) - The two foreign ministers held a bilateral meeting on the sidelines of the conference in Jeddah on Thursday.", "Jeddah", #line),
            ("Dakar — Les deux présidents ont tenu mardi, à Banjul, la troisième session du conseil présidentiel.", "Banjul", #line),
            (" date 2026-01-16 TEHRAN – Iran's foreign minister has met the UN special envoy for Syria.", "Tehran", #line),
            (" date 2026-02 CAIRO – The two ministers held talks on water and energy.", "Cairo", #line),
            ("The prime minister visited New Delhi on 8 March 2026 for talks with his counterpart.", "New Delhi", #line),
            ("Le ministre rencontre son homologue américain à Washington\n\nAprès deux jours à New York, le ministre se trouve aujourd'hui à Washington.", "Washington", #line),
            ("وعقد الاجتماع في العاصمة القطرية الدوحة بحضور وزراء خارجية دول المجلس.", "Doha", #line),
            ("The minister warned against moving the embassy to Jerusalem.", nil, #line),
            ("The summit in Sirte adopted a strategy for the partnership.", "Sirte", #line),
            ("The leaders met in the Ethiopian city of Bahir Dar and agreed to open their borders.", "Bahir Dar", #line),
            ("Déclaration du porte-parole (Paris, le 21/01/2026)\n\nLa France condamne l'attentat commis hier.", "Paris", #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(text).statement.venue, expected, text, line: line)
        }
    }

    func testMechanismAndRound() {
        let cases: [(String, String?, Int?, UInt)] = [
            ("بعد الجولة السابعة من الحوار الاستراتيجي بين البلدين.", "strategic dialogue", 7, #line),
            ("في ختام الدورة الخامسة للجنة المشتركة بين البلدين.", "joint commission", 5, #line),
            ("at the end of the third round of the strategic dialogue between them.", "strategic dialogue", 3, #line),
            ("after the 4th round of the Joint Commission, held in Abuja.", "joint commission", 4, #line),
            ("à l'issue de la 5e session de la commission mixte algéro-mauritanienne.", "joint commission", 5, #line),
            ("à l'issue de la cinquième session de la commission mixte.", "joint commission", 5, #line),
            ("في البيان الختامي لدورته العادية الـ166 التي عقدها اليوم.", nil, 166, #line),
            ("وذلك خلال الجولة الحادية عشرة من الحوار الاستراتيجي.", "strategic dialogue", 11, #line),
            ("The two ministers discussed trade.", nil, nil, #line),
        ]
        for (text, mechanism, round, line) in cases {
            let statement = TestSupport.extract(text).statement
            XCTAssertEqual(statement.mechanism, mechanism, text, line: line)
            XCTAssertEqual(statement.round, round, text, line: line)
        }
    }

    func testKind() {
        let cases: [(String, StatementKind, UInt)] = [
            ("جاء ذلك في بيان مشترك صدر اليوم.", .jointStatement, #line),
            ("وأكد البيان الختامي للقمة دعم المجلس.", .communique, #line),
            ("In a joint statement, the two sides agreed to meet.", .jointStatement, #line),
            ("Dans une déclaration conjointe, les deux pays ont salué l'accord.", .jointStatement, #line),
            ("Le communiqué final de la commission mixte souligne la coopération.", .communique, #line),
            ("The State Department said in a readout that the secretary welcomed the deal.", .readout, #line),
            ("Ethiopia rejected a joint statement by Egypt and Sudan, the ministry statement said.", .pressStatement, #line),
            ("Pakistan welcomed the decision.", .newsReport, #line),
        ]
        for (text, kind, line) in cases {
            XCTAssertEqual(TestSupport.extract(text).statement.kind, kind, text, line: line)
        }
    }
}
