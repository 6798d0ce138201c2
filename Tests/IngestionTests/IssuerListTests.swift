import Model
import XCTest

/// Names the lead lists are the meeting's sides when the list joins them,
/// and the matter of the talks when it continues a list of matters.
final class IssuerListTests: XCTestCase {
    func testAListOfStatesClosedByAConjunctionIsTheMeetingsSides() {
        let cases: [(String, Language?, Set<String>, UInt)] = [
            ("Senior officials of Brazil, India, South Africa and China met on Monday in New Delhi to review joint projects.\n"
             + "The officials agreed to expand cooperation in renewable energy.", nil, ["BR", "IN", "ZA", "CN"], #line),
        ]
        for (text, language, expected, line) in cases {
            XCTAssertEqual(TestSupport.issuers(text, language), expected, text, line: line)
        }
    }

    func testStatesListedAfterTheMattersOfTheTalksAreNotSides() {
        let cases: [(String, Language?, Set<String>, UInt)] = [
            ("بحث وزير الخارجية المصري في القاهرة اليوم مع نظيره الأردني قضايا المنطقة والسودان وليبيا.\n"
             + "وأكد الوزيران أهمية تعزيز التعاون الاقتصادي بين البلدين.", .arabic, ["EG", "JO"], #line),
            ("Egypt's foreign minister discussed with his Jordanian counterpart in Cairo on Monday regional issues, Sudan and Libya.\n"
             + "The two ministers stressed the importance of economic cooperation.", nil, ["EG", "JO"], #line),
        ]
        for (text, language, expected, line) in cases {
            XCTAssertEqual(TestSupport.issuers(text, language), expected, text, line: line)
        }
    }

    func testStatesAddedToABlocNamedBeforeThemAreItsMembersNotSides() {
        let cases: [(String, Language?, Set<String>, UInt)] = [
            ("Brazil and China sign joint statement on farm trade\n"
             + "Brasilia, June 3 -- Brazil and China issued a joint statement on Tuesday after their foreign ministers met in Brasilia.\n"
             + "The two sides agreed to coordinate more closely within BRICS, together with Russia, India and South Africa.",
             nil, ["BR", "CN"], #line),
            ("Le Brésil et la Chine publient une déclaration conjointe\n"
             + "Brasilia, 3 juin - Le Brésil et la Chine, membres des BRICS aux côtés de la Russie, de l'Inde et de l'Afrique du Sud, "
             + "ont publié mardi une déclaration conjointe.", .french, ["BR", "CN"], #line),
        ]
        for (text, language, expected, line) in cases {
            XCTAssertEqual(TestSupport.issuers(text, language), expected, text, line: line)
        }
    }
}
