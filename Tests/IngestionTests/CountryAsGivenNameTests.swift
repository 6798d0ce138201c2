import Model
import XCTest

/// A country's one-word name where an official's name starts, with a surname
/// after it, is the official's given name ("جورجيا" for Giorgia, "Israel"):
/// the person keeps the whole name and the country is no party. A country
/// joined by و, with the article, or before a name of two more words is
/// still the title's complement or the next state of a list.
final class CountryAsGivenNameTests: XCTestCase {
    func testACountryNameThatStartsAPersonsNameIsTheGivenName() {
        let cases: [(String, Language, [Person], [PartyCode], UInt)] = [
            ("وقعت رئيسة الوزراء الإيطالية جورجيا رومانو والرئيس الجزائري كريم بلعيد اليوم إعلانا مشتركا.", .arabic,
             [Person(name: "جورجيا رومانو", role: .primeMinister, party: "IT"),
              Person(name: "كريم بلعيد", role: .president, party: "DZ")], ["IT", "DZ"], #line),
            ("Israeli Foreign Minister Israel Adler and Chilean Foreign Minister Rosa Vidal signed a joint statement on Tuesday.",
             .english,
             [Person(name: "Israel Adler", role: .foreignMinister, party: "IL"),
              Person(name: "Rosa Vidal", role: .foreignMinister, party: "CL")], ["IL", "CL"], #line),
            // A title's complement before a longer name.
            ("President Indonesia Joko Santoso met Prime Minister Anwar Hamid of Malaysia on Tuesday.", .english,
             [Person(name: "Joko Santoso", role: .president, party: "ID"),
              Person(name: "Anwar Hamid", role: .primeMinister, party: "MY")], ["ID", "MY"], #line),
        ]
        for (text, language, persons, issuers, line) in cases {
            let extraction = TestSupport.extract(text, language: language)
            XCTAssertEqual(extraction.persons, persons, text, line: line)
            XCTAssertEqual(Set(extraction.parties.map(\.code)), Set(issuers), text, line: line)
        }
    }
}
