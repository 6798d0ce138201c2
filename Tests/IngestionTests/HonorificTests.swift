import Model
import XCTest

/// Names as GUIDELINES.md wants them: no honorific, every part kept, and two
/// persons joined by "and", "et" or "و" never glued into one.
final class HonorificTests: XCTestCase {
    private func names(_ text: String) -> [String] { TestSupport.extract(text).persons.map(\.name) }

    private func assertNames(_ cases: [(String, [String], UInt)]) {
        for (text, expected, line) in cases {
            let found = names(text)
            for name in expected { XCTAssertTrue(found.contains(name), "\(name) not in \(found) for: \(text)", line: line) }
        }
    }

    func testHonorificsAreNoPartOfTheName() {
        assertNames([
            ("The talks were chaired by Foreign Minister H.E. Dr. Samir Haddad of Lebanon.", ["Samir Haddad"], #line),
            ("President His Excellency Mr. Peter Banda of Malawi welcomed the guests.", ["Peter Banda"], #line),
            ("Ghana's Vice President HE Dr Kwame Mensah opened the session.", ["Kwame Mensah"], #line),
            ("The Emir of Kuwait HH Sheikh Fahad Al-Jaber received the minister.", ["Fahad Al-Jaber"], #line),
            ("Le président gabonais Son Excellence Monsieur Paul Ondo a reçu son homologue.", ["Paul Ondo"], #line),
            ("Le ministre des Affaires étrangères, M. Jean Dupont, a reçu l'ambassadeur.", ["Jean Dupont"], #line),
            ("استقبل صاحب السمو الملكي الأمير فهد بن خالد بن سعود آل سعود ولي العهد الوفد.", ["فهد بن خالد بن سعود آل سعود"], #line),
            ("وأجرى رئيس الجمهورية اللبنانية السيد/ميشال حداد اتصالا بنظيره.", ["ميشال حداد"], #line),
        ])
    }

    /// "the Honourable … MP", "… KCMG": neither the form of address nor the letters after the name are part of it.
    func testHonourableAndPostNominalsAreNoPartOfTheName() {
        let cases: [(String, String, UInt)] = [
            ("Recognising their ties, the Honourable Anna Whitfield MP, Prime Minister of New Zealand and H.E. Mr. Tran Van Long, "
             + "Prime Minister of Vietnam announced a new partnership.", "Anna Whitfield", #line),
            ("The Hon. Anna Whitfield MP, Minister for Foreign Affairs of New Zealand, met Vietnamese Foreign Minister Tran Van Long.",
             "Anna Whitfield", #line),
            ("British Foreign Secretary John Reed KCMG met the Honorable Sara Quinn, Foreign Minister of Canada.", "John Reed", #line),
            ("British Foreign Secretary John Reed KCMG met the Honorable Sara Quinn, Foreign Minister of Canada.", "Sara Quinn", #line),
        ]
        for (text, name, line) in cases {
            XCTAssertTrue(names(text).contains(name), "\(name) not in \(names(text)) for: \(text)", line: line)
        }
    }

    func testAFullNameKeepsItsInitialsAndParticles() {
        assertNames([
            ("President Samuel T. J. Okafor of Nigeria met the delegation.", ["Samuel T. J. Okafor"], #line),
            ("The Emir of Kuwait Sheikh Nasser Al-Ahmad Al-Jaber Al-Sabah received a call.", ["Nasser Al-Ahmad Al-Jaber Al-Sabah"], #line),
            ("Belgian Prime Minister Pieter Van den Berg arrived in Paris.", ["Pieter Van den Berg"], #line),
            ("UN Secretary-General Park Ji-hoon addressed the assembly.", ["Park Ji-hoon"], #line),
            ("He met Dr. Kim Min-ji, Minister of Foreign Affairs of Korea.", ["Kim Min-ji"], #line),
            ("وصل ولي العهد الأمير سلطان بن فهد بن عبد الله آل سعود إلى القاهرة.", ["سلطان بن فهد بن عبد الله آل سعود"], #line),
        ])
    }

    func testTwoPersonsJoinedByAndStayTwo() {
        let cases: [(String, [Person], UInt)] = [
            ("Le Sénégal et le Mali, par la voix des présidents Amadou Sy et Bakary Coulibaly, ont signé l'accord.",
             [Person(name: "Amadou Sy", role: .president, party: "SN"), Person(name: "Bakary Coulibaly", role: .president, party: "ML")], #line),
            ("Kenya and Uganda were represented by Presidents John Kamau and Peter Okello at the summit.",
             [Person(name: "John Kamau", role: .president, party: "KE"), Person(name: "Peter Okello", role: .president, party: "UG")], #line),
            ("Les chefs d’État sénégalais, Michel Ndour et malien, Daouda Keita, se sont entretenus.",
             [Person(name: "Michel Ndour", role: .president, party: "SN"), Person(name: "Daouda Keita", role: .president, party: "ML")], #line),
        ]
        for (text, expected, line) in cases {
            let found = TestSupport.extract(text).persons
            for person in expected { XCTAssertTrue(found.contains(person), "\(person) not in \(found)", line: line) }
            XCTAssertFalse(found.contains { $0.name.contains(" et ") || $0.name.contains(" and ") }, "\(found)", line: line)
        }
    }

    func testANameEndsWhereTheSentenceGoesOn() {
        let cases: [(String, [Person], UInt)] = [
            ("وقام الرئيس اللبناني جوزيف حداد بزيارة رسمية إلى الرياض.", [Person(name: "جوزيف حداد", role: .president, party: "LB")], #line),
            ("واستقبل العاهل المغربي الملك محمد الخامس نصره الله الوفد.", [Person(name: "محمد الخامس", role: .king, party: "MA")], #line),
            ("Russian President Ivan Petrov Monday met the delegation.", [Person(name: "Ivan Petrov", role: .president, party: "RU")], #line),
            ("استقبل الرئيس المصري مأدبة غداء على شرف الضيف.", [], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(text).persons, expected, text, line: line)
        }
    }
}
