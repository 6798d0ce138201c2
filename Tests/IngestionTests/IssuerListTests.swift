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
}
