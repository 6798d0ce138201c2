import Model
import XCTest

/// A round numbered on the mechanism's own name ("the fifth strategic
/// dialogue"), and a meeting that is a round of the mechanism named after it
/// ("the third ministerial meeting of the strategic dialogue").
final class MechanismRoundTests: XCTestCase {
    func testOrdinalBeforeTheMechanismIsItsRound() {
        let cases: [(String, String?, Int?, UInt)] = [
            ("The ministers met in Cairo for the fifth strategic dialogue between the two countries.", "strategic dialogue", 5, #line),
            ("Officials held the 9th joint commission in Accra on trade and energy.", "joint commission", 9, #line),
            ("Les ministres ont tenu la troisième commission mixte à Tunis.", "joint commission", 3, #line),
        ]
        check(cases)
    }

    /// "the previous 12th summit", "la session précédente", "الدورة السابقة":
    /// an earlier meeting's round is not the statement's.
    func testAPreviousMeetingsRoundIsNotTheStatementsRound() {
        let cases: [(String, String?, Int?, UInt)] = [
            ("The communique of the summit recalled the decisions of the previous 12th summit in Quito.", "summit", nil, #line),
            ("The 13th summit closed in Lima. It recalled the decisions of the previous 12th summit in Quito.", "summit", 13, #line),
            ("Le communiqué a rappelé les décisions de la 7e session précédente de la commission mixte.", "joint commission", nil, #line),
            ("وأشاد البيان بنتائج الجولة الخامسة السابقة من الحوار الاستراتيجي.", "strategic dialogue", nil, #line),
        ]
        check(cases)
    }

    /// "حضر القمة لأول مرة", "attended the summit for the first time": an ordinal that
    /// counts occasions ("مرة", "time", "fois") numbers no round.
    func testAnOrdinalOfOccasionsIsNoRound() {
        let cases: [(String, String?, Int?, UInt)] = [
            ("وحضر الرئيس البيروفي القمة لأول مرة منذ عشر سنوات.", "summit", nil, #line),
            ("وحضر الرئيس البيروفي القمة للمرة الأولى منذ عشر سنوات.", "summit", nil, #line),
            ("وحضر الرئيس البيروفي القمة الأولى للمجموعة.", "summit", 1, #line),
        ]
        check(cases)
    }

    /// "تدعم أرمينيا ترشيح أذربيجان لاستضافة الدورة التاسعة والعشرين": a session
    /// someone is to host is a meeting to come, whose ordinal numbers no round of the statement.
    func testASessionToHostIsNoRound() {
        let cases: [(String, String?, Int?, UInt)] = [
            ("وأعلن البلدان في بيان مشترك دعم تشيلي لترشيح بيرو لاستضافة الدورة الحادية والثلاثين لمؤتمر الأطراف.", nil, nil, #line),
            ("وتناول البيان استضافة البلدين الدورة السابعة للجنة المشتركة.", nil, nil, #line),
            ("وعقدت الدورة السابعة للجنة المشتركة في ليما.", "joint commission", 7, #line),
        ]
        check(cases)
    }

    func testMeetingOfAMechanismIsARoundOfThatMechanism() {
        let cases: [(String, String?, Int?, UInt)] = [
            ("The statement followed the third joint ministerial meeting of the strategic dialogue between the bloc and Japan.",
             "strategic dialogue", 3, #line),
            ("Le communiqué a suivi la quatrième réunion ministérielle du dialogue stratégique entre les deux parties.",
             "strategic dialogue", 4, #line),
            // A ministerial meeting on its own stays one.
            ("The ministerial meeting discussed regional security.", "ministerial meeting", nil, #line),
        ]
        check(cases)
    }

    /// Rounds past twenty are written as a ten and a unit; the whole ordinal
    /// is the round, never its last word ("trente-deuxième" is not 2).
    func testOrdinalsPastTwentyAreReadWhole() {
        let cases: [(String, String?, Int?, UInt)] = [
            ("The twenty-first round of the strategic dialogue closed in Lima with a pledge on fisheries.", "strategic dialogue", 21, #line),
            ("The forty third round of the strategic dialogue opened in Oslo.", "strategic dialogue", 43, #line),
            ("La trente-deuxième session de la commission mixte s'est tenue à Dakar.", "joint commission", 32, #line),
            ("La vingt et unième réunion de la commission mixte a eu lieu à Lomé.", "joint commission", 21, #line),
            ("La dix-septième session de la commission mixte s'est ouverte à Niamey.", "joint commission", 17, #line),
            ("اختتمت الدورة الثانية والثلاثين للجنة المشتركة أعمالها في مسقط.", "joint commission", 32, #line),
            ("عقدت الجولة الحادية والعشرين من الحوار الاستراتيجي في عمّان.", "strategic dialogue", 21, #line),
            ("انطلقت الدورة الخمسين للجنة المشتركة في الرباط.", "joint commission", 50, #line),
            ("The ministers opened the thirtieth session of the joint commission in Nairobi.", "joint commission", 30, #line),
        ]
        check(cases)
    }

    private func check(_ cases: [(String, String?, Int?, UInt)]) {
        for (text, mechanism, round, line) in cases {
            let statement = TestSupport.extract(text).statement
            XCTAssertEqual(statement.mechanism, mechanism, text, line: line)
            XCTAssertEqual(statement.round, round, text, line: line)
        }
    }
}
