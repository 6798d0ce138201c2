import Model
import XCTest

/// Person roles are functional (GUIDELINES.md): every role of the contract is
/// read from its titles in the three languages, and a holder of several posts
/// keeps the one that matters.
final class PersonRoleTests: XCTestCase {
    private func persons(_ text: String) -> [Person] { TestSupport.extract(text).persons }

    /// Each expected person is found; an expected party of nil accepts any party
    /// (the text leaves it to the article's context).
    private func assertFinds(_ cases: [(String, [Person], UInt)]) {
        for (text, expected, line) in cases {
            let found = persons(text)
            for person in expected {
                let match = found.contains { $0.name == person.name && $0.role == person.role && (person.party == nil || $0.party == person.party) }
                XCTAssertTrue(match, "\(person) not in \(found) for: \(text)", line: line)
            }
        }
    }

    func testTheRolesBeyondTheFirstListAreRead() {
        assertFinds([
            ("Kenyan Vice President Daniel Mwangi opened the forum in Nairobi.",
             [Person(name: "Daniel Mwangi", role: .vicePresident, party: "KE")], #line),
            ("Le vice-président ivoirien Koffi Yao a reçu la délégation.",
             [Person(name: "Koffi Yao", role: .vicePresident, party: "CI")], #line),
            ("واستقبل نائب الرئيس المصري حسن فؤاد الوفد الزائر.",
             [Person(name: "حسن فؤاد", role: .vicePresident, party: "EG")], #line),
            ("The Omani Sultan Khalid bin Said received the delegation in Muscat.",
             [Person(name: "Khalid bin Said", role: .sultan, party: "OM")], #line),
            ("The talks were held with Indian Deputy Foreign Minister Ravi Menon in Delhi.",
             [Person(name: "Ravi Menon", role: .deputyForeignMinister, party: "IN")], #line),
            ("Qatar's Minister of State for Foreign Affairs Salem Al-Nuaimi attended the meeting.",
             [Person(name: "Salem Al-Nuaimi", role: .deputyForeignMinister, party: "QA")], #line),
            ("وشارك في الاجتماع نائب وزير الخارجية الأردني سامر الخطيب.",
             [Person(name: "سامر الخطيب", role: .deputyForeignMinister, party: "JO")], #line),
            ("The French Director General for Political Affairs Claire Martin led the delegation.",
             [Person(name: "Claire Martin", role: .seniorOfficial, party: "FR")], #line),
            ("American Assistant Secretary of State Laura Grant met the delegation.",
             [Person(name: "Laura Grant", role: .seniorOfficial, party: "US")], #line),
            ("Le directeur général marocain Ahmed Tazi a présidé la séance.",
             [Person(name: "Ahmed Tazi", role: .seniorOfficial, party: "MA")], #line),
            ("The African Union Special Envoy Amadou Diallo briefed the council.",
             [Person(name: "Amadou Diallo", role: .specialEnvoy, party: "AU")], #line),
            ("وقال المبعوث الخاص للأمم المتحدة هانس لارسن إن المحادثات إيجابية.",
             [Person(name: "هانس لارسن", role: .specialEnvoy, party: "UN")], #line),
            ("Le représentant spécial de l'Union africaine Moussa Traoré a salué l'accord.",
             [Person(name: "Moussa Traoré", role: .specialEnvoy, party: "AU")], #line),
            ("Jordanian Speaker of Parliament Omar Haddad welcomed the visitors.",
             [Person(name: "Omar Haddad", role: .parliamentSpeaker, party: "JO")], #line),
            ("واستقبل رئيس مجلس النواب العراقي خالد الجبوري السفير.",
             [Person(name: "خالد الجبوري", role: .parliamentSpeaker, party: "IQ")], #line),
            ("Le président de l'Assemblée nationale sénégalais Malick Ndiaye a reçu le ministre.",
             [Person(name: "Malick Ndiaye", role: .parliamentSpeaker, party: "SN")], #line),
        ])
    }

    func testAHolderOfSeveralPostsKeepsTheOneThatMatters() {
        assertFinds([
            ("Le ministre d'État, ministre des Affaires étrangères et de la Communauté nationale à l'étranger, Karim Benali, a reçu l'ambassadeur.",
             [Person(name: "Karim Benali", role: .foreignMinister, party: nil)], #line),
            ("UAE Vice President, Prime Minister and Ruler of Dubai HH Sheikh Rashid bin Saeed Al Maktoum attended the summit.",
             [Person(name: "Rashid bin Saeed Al Maktoum", role: .vicePresident, party: "AE")], #line),
            ("Tom Reyes, Deputy Prime Minister and Foreign Minister of the Philippines, met the press.",
             [Person(name: "Tom Reyes", role: .foreignMinister, party: "PH")], #line),
            ("Il a reçu Ahmed Haddad, Ministre d'État et Ministre des Affaires Étrangères, en visite à Tunis.",
             [Person(name: "Ahmed Haddad", role: .foreignMinister, party: nil)], #line),
        ])
    }

    /// A title that names its country by itself: a « conseiller fédéral » is a Swiss minister.
    func testASwissFederalCouncillorIsSwiss() {
        assertFinds([
            ("Le conseiller fédéral Marc Keller a reçu à Berne le ministre ghanéen des Affaires étrangères.",
             [Person(name: "Marc Keller", role: .minister, party: "CH")], #line),
        ])
    }

    /// An aide's post is the person's: the head of state named in it is whom the aide serves.
    func testAnAideToAHeadOfStateIsASeniorOfficial() {
        assertFinds([
            ("They discussed the talks between Aide to the Russian President Oleg Sokolov and the American envoy.",
             [Person(name: "Oleg Sokolov", role: .seniorOfficial, party: "RU")], #line),
            ("Le conseiller du président sénégalais Moussa Diop a reçu la délégation.",
             [Person(name: "Moussa Diop", role: .seniorOfficial, party: "SN")], #line),
        ])
    }
}
