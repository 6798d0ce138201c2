import Model
import XCTest

/// A person's party and name where the text sets them around the title:
/// an apposition before it, "of the Republic of X" after it, a complement
/// between, a country after the name.
final class PersonPartyTests: XCTestCase {
    private func assertFinds(_ cases: [(String, [Person], UInt)]) {
        for (text, expected, line) in cases {
            let found = TestSupport.extract(text).persons
            for person in expected {
                // An expected party of nil accepts any: the text leaves it to the article's context.
                let match = found.contains { $0.name == person.name && $0.role == person.role && (person.party == nil || $0.party == person.party) }
                XCTAssertTrue(match, "\(person) not in \(found) for: \(text)", line: line)
            }
        }
    }

    func testANameSetOffBeforeItsTitleIsItsHolder() {
        assertFinds([
            ("Mr Kenji Sato, Prime Minister of Japan, Mr Pieter Van Damme, President of the European Council, and Mr Luis Ortega met in Tokyo.",
             [Person(name: "Kenji Sato", role: .primeMinister, party: "JP"), Person(name: "Pieter Van Damme", role: .president, party: "EU")], #line),
            ("M. Louis Tremblay, premier ministre du Canada, et M. Henri Morel, président de la France, se sont réunis à Rome.",
             [Person(name: "Louis Tremblay", role: .primeMinister, party: "CA"), Person(name: "Henri Morel", role: .president, party: "FR")], #line),
            ("Son Excellence Monsieur Alain Kouassi, Président de la République de Côte d'Ivoire, a effectué une visite en Guinée.",
             [Person(name: "Alain Kouassi", role: .president, party: "CI")], #line),
            ("Un communiqué signé de Jean Paul Mbarga ministre camerounais des Relations extérieures a été publié.",
             [Person(name: "Jean Paul Mbarga", role: .foreignMinister, party: "CM")], #line),
        ])
    }

    func testThePartyIsReadAfterTheTitleOrTheName() {
        assertFinds([
            ("H.E. Mr. Tariq Aziz Khan, Prime Minister of the Islamic Republic of Pakistan, visited Beijing.",
             [Person(name: "Tariq Aziz Khan", role: .primeMinister, party: "PK")], #line),
            ("Sheikh Hamad bin Khalid Al-Thani, Amir of the State of Qatar, received the call.",
             [Person(name: "Hamad bin Khalid Al-Thani", role: .emir, party: "QA")], #line),
            ("India's External Affairs Secretary for Economic Relations Vikram Rao attended the meeting.",
             [Person(name: "Vikram Rao", role: .seniorOfficial, party: "IN")], #line),
            ("Mr Ken Mori, Minister of Economy, Trade and Industry of Japan, signed the agreement.",
             [Person(name: "Ken Mori", role: .minister, party: "JP")], #line),
            ("Le chef du Département fédéral des affaires étrangères (DFAE) Marco Rossi a rencontré le ministre.",
             [Person(name: "Marco Rossi", role: .foreignMinister, party: nil)], #line),
            ("Il a signé avec Musa Bello, secrétaire permanent au ministère nigérian des Affaires étrangères.",
             [Person(name: "Musa Bello", role: .seniorOfficial, party: "NG")], #line),
            ("In the meeting with Djibouti’s Minister for Foreign Affairs and International Cooperation, Omar Farah, the two men spoke.",
             [Person(name: "Omar Farah", role: .foreignMinister, party: "DJ")], #line),
            ("Pedersen also met the Iranian foreign minister's senior advisor for political affairs, Reza Karimi.",
             [Person(name: "Reza Karimi", role: .seniorOfficial, party: "IR")], #line),
            ("Un communiqué a été signé par Aliyu Isma'ila secrétaire permanent au ministère de la Défense du Nigéria.",
             [Person(name: "Aliyu Isma'ila", role: .seniorOfficial, party: "NG")], #line),
        ])
    }
}

/// Counterparts: two holders of one office in one statement speak for two countries.
final class CounterpartPartyTests: XCTestCase {
    func testTwoHoldersOfOneOfficeSpeakForDifferentCountries() {
        let cases: [(String, [Person], UInt)] = [
            ("تلقى فخامة رئيس الجمهورية فؤاد حسن اليوم اتصالاً هاتفياً من فخامة الرئيس جان دوبون رئيس الجمهورية الفرنسية، أكد فيه دعم فرنسا للعراق.",
             [Person(name: "فؤاد حسن", role: .president, party: "IQ"), Person(name: "جان دوبون", role: .president, party: "FR")], #line),
            ("Le président Karim Nasr a reçu un appel du président français Jean Morel, qui a réaffirmé le soutien de la France au Liban.",
             [Person(name: "Karim Nasr", role: .president, party: "LB"), Person(name: "Jean Morel", role: .president, party: "FR")], #line),
            ("President Omar Said received a call from French President Jean Morel, who reaffirmed the support of France to Tunisia.",
             [Person(name: "Omar Said", role: .president, party: "TN"), Person(name: "Jean Morel", role: .president, party: "FR")], #line),
        ]
        for (text, expected, line) in cases {
            let found = TestSupport.extract(text).persons
            for person in expected { XCTAssertTrue(found.contains(person), "\(person) not in \(found)", line: line) }
        }
    }

    func testAnOfficeOfAStateNeverSpeaksForAnOrganisationAndHasOneHolderPerCountry() {
        let cases: [(String, [Person], UInt)] = [
            ("The GCC ministerial council met in Riyadh and expressed full solidarity with the United Arab Emirates. "
                + "The council called on Iran to end the occupation. Foreign Minister Khalid bin Saeed Al Nahyan led the delegation.",
             [Person(name: "Khalid bin Saeed Al Nahyan", role: .foreignMinister, party: "AE")], #line),
            ("Le ministre des Affaires étrangères Luc Peeters a rencontré à Washington son collègue le ministre des Affaires étrangères "
                + "John Carter. La Belgique a réaffirmé son soutien aux États-Unis.",
             [Person(name: "Luc Peeters", role: .foreignMinister, party: "BE"), Person(name: "John Carter", role: .foreignMinister, party: "US")], #line),
        ]
        for (text, expected, line) in cases {
            let found = TestSupport.extract(text).persons
            for person in expected { XCTAssertTrue(found.contains(person), "\(person) not in \(found)", line: line) }
        }
    }

    func testAPlacedTitleWithoutANameTakesTheSpeakerNamedLater() {
        let text = "The foreign minister of Turkey said on Tuesday that the talks were useful. "
            + "\"We will work together,\" Kemal Aydin said at a press conference."
        let found = TestSupport.extract(text).persons
        XCTAssertTrue(found.contains(Person(name: "Kemal Aydin", role: .foreignMinister, party: "TR")), "\(found)")
    }
}
