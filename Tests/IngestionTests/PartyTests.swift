import Model
import XCTest

/// Parties: names from CLDR and the lexicons, Arabic clitics, demonyms,
/// capitals standing for governments, organisations, "the two sides".
final class PartyTests: XCTestCase {
    private func codes(_ text: String, _ role: PartyRole? = nil) -> Set<String> {
        Set(TestSupport.extract(text).parties.filter { role == nil || $0.role == role }.map(\.code.rawValue))
    }

    func testMentions() {
        let cases: [(String, Set<String>, UInt)] = [
            // Arabic clitics: و، ل، ب، وال
            ("وأكدت الصين دعمها لباكستان وللسعودية وبالإمارات.", ["CN", "PK", "SA", "AE"], #line),
            // nisba adjectives in gender and number
            ("رحب المسؤول الصيني بالوفد الباكستاني والشركات الباكستانية ورواد الفضاء الباكستانيين.", ["CN", "PK"], #line),
            // CLDR names in Arabic
            ("أكدت مصر والأردن والعراق دعمها لليمن وليبيا.", ["EG", "JO", "IQ", "YE", "LY"], #line),
            // English names, demonyms, capitals, organisations
            ("Chinese officials said Washington and the EU welcomed the UN plan, while Pakistani leaders agreed.", ["CN", "US", "EU", "UN", "PK"], #line),
            ("Saudi Arabia and the United Arab Emirates backed the Arab League and the African Union.", ["SA", "AE", "LAS", "AU"], #line),
            // French names, adjectives in gender and number, organisations
            ("La Chine et les autorités pakistanaises ont salué le rôle de l'ONU et de l'Union africaine.", ["CN", "PK", "UN", "AU"], #line),
            ("Le président algérien et la partie marocaine ont appelé l'Union européenne à agir.", ["DZ", "MA", "EU"], #line),
            // not parties: "financial" (مالي), lower-case words, Hong Kong
            ("وأكد البلدان تعزيز التعاون في القطاع المالي والمصرفي وقضايا هونج كونج.", [], #line),
            ("They will turkey-proof the jersey, us included.", [], #line),
            // Latin names as the lexicon writes them: capitalised, acronyms without lower case
            ("Officials from the Us and china met on Monday.", [], #line),
            ("Officials from the US and CHINA met on Monday.", ["US", "CN"], #line),
            ("Les états-unis et l'égypte ont signé un accord.", [], #line),
            ("Les États-Unis et l'Égypte ont signé un accord.", ["US", "EG"], #line),
            ("LES ÉTATS-UNIS ET L'ÉGYPTE ONT SIGNÉ UN ACCORD.", ["US", "EG"], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(codes(text), expected, text, line: line)
        }
    }

    func testCapitalAsPlaceIsNoParty() {
        XCTAssertEqual(codes("The two sides met in Beijing and agreed to expand trade."), [])
        XCTAssertEqual(codes("Beijing and Islamabad agreed to expand trade.", .issuer), ["CN", "PK"])
    }

    func testIssuersAndTheTwoSides() {
        let text = "Egypt and Sudan held talks in Cairo. The two sides agreed to coordinate on water. Both countries also urged Ethiopia to negotiate."
        let extraction = TestSupport.extract(text)
        XCTAssertEqual(Set(extraction.issuers.map(\.rawValue)), ["EG", "SD"])
        XCTAssertEqual(Set(extraction.parties.filter { $0.role == .mentioned }.map(\.code.rawValue)), ["ET"])
        for commitment in extraction.commitments {
            XCTAssertEqual(Set(commitment.by.map(\.rawValue)), ["EG", "SD"], commitment.text)
        }
    }

    func testSpeakersOfClauses() {
        let text = "وأكدت الصين دعمها الثابت لباكستان. كما دعمت باكستان الصين في قضية تايوان. واتفق الجانبان على تعزيز التعاون."
        let by = TestSupport.extract(text, language: .arabic).commitments.map { $0.by.map(\.rawValue) }
        XCTAssertEqual(by, [["CN"], ["PK"], ["CN", "PK"]])
    }
}
