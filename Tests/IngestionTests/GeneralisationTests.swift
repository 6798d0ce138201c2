import Model
import XCTest

/// Rules that hold for the genre beyond the samples: one-side readouts,
/// repeated and coordinated officials, plural titles, and the topics and
/// mechanisms that fixed phrases name.
final class GeneralisationTests: XCTestCase {
    /// One side's account of a call: both sides took part (GUIDELINES: issuers),
    /// and each stance is its own speaker's.
    func testOneSideReadoutSpeaksForItsOffice() {
        let e = TestSupport.extract("""
        Secretary of State Maria Reyes spoke today with Indonesian Foreign Minister Sari Wulandari. The Secretary reaffirmed the United States' commitment to the partnership. Secretary Reyes welcomed Indonesia's leadership in clean energy and offered U.S. technical assistance for its power grid. Both agreed to meet again in Jakarta.
        """, published: "2027-02-12")
        XCTAssertEqual(e.statement.kind, .readout)
        XCTAssertEqual(e.parties.filter { $0.role == .issuer }.map(\.code), ["US", "ID"])
        XCTAssertEqual(e.commitments.map(\.type), [.position, .welcome, .pledge, .pledge])
        XCTAssertEqual(e.commitments.map { Set($0.by) }, [["US"], ["US"], ["US"], ["US", "ID"]])
        // "Secretary Reyes" is Maria Reyes, not a second person.
        XCTAssertEqual(e.persons.map(\.name), ["Maria Reyes", "Sari Wulandari"])
    }

    func testEachTitleBindsItsOwnName() {
        let e = TestSupport.extract("وترأس الاجتماع ولي العهد السعودي الأمير محمد بن سلمان والرئيس المصري عبد الفتاح السيسي.")
        XCTAssertEqual(e.persons, [
            Person(name: "محمد بن سلمان", role: .crownPrince, party: "SA"),
            Person(name: "عبد الفتاح السيسي", role: .president, party: "EG"),
        ])
    }

    func testNameBetweenHonorificAndTitle() {
        let e = TestSupport.extract("تلقى سمو الشيخ راشد بن سيف وزير الخارجية اتصالا هاتفيا من معالي أوزان كايا وزير الخارجية التركي.")
        XCTAssertEqual(e.persons.map(\.name), ["راشد بن سيف", "أوزان كايا"])
        XCTAssertEqual(e.persons.last?.party, "TR")
    }

    func testPluralTitlesOfTheTwoCountries() {
        let fr = TestSupport.extract("""
        TUNIS, 11 mars 2027 (APS) - L'Algérie et la Tunisie ont tenu la 22e session de la grande commission mixte, coprésidée par les Premiers ministres des deux pays, Nadir Belkacem et Sami Jelassi.
        """)
        XCTAssertEqual(fr.persons, [
            Person(name: "Nadir Belkacem", role: .primeMinister, party: "DZ"),
            Person(name: "Sami Jelassi", role: .primeMinister, party: "TN"),
        ])
        XCTAssertEqual(fr.statement.mechanism, "joint commission")
        XCTAssertEqual(fr.statement.round, 22)
        let en = TestSupport.extract("Kenya and Ethiopia signed the accord, witnessed by the foreign ministers of the two countries, Paul Otieno and Hana Tesfaye.")
        XCTAssertEqual(en.persons.map(\.party), ["KE", "ET"])
    }

    func testStanceAfterAndStartsACommitment() {
        let e = TestSupport.extract("The European Union remains committed to supporting the Sahel and will continue to provide humanitarian assistance.")
        XCTAssertEqual(e.commitments.map(\.type), [.support, .pledge])
    }

    func testTopicsOfArmsGridsAndBorders() {
        func topics(_ text: String) -> [Topic] { TestSupport.extract(text).commitments.first?.topics ?? [] }
        XCTAssertTrue(topics("The minister condemned the recent missile launch as a violation of Security Council resolutions.").contains(.security))
        XCTAssertEqual(Set(topics("واتفق الجانبان على تسريع مشروع الربط الكهربائي بين البلدين.")), [.energy, .infrastructure])
        let border = topics("Les deux pays sont convenus de créer une zone franche et de moderniser les postes frontaliers.")
        XCTAssertTrue(border.contains(.trade))
        XCTAssertFalse(border.contains(.territorial))
    }
}
