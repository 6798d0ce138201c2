import Model
import XCTest

/// Officials: title, party before, inside or after it, and the name as written.
final class PersonTests: XCTestCase {
    private func persons(_ text: String) -> [Person] { TestSupport.extract(text).persons }

    /// Each text names exactly these persons, in order.
    private func checkNames(_ cases: [(String, [String], UInt)]) {
        for (text, names, line) in cases {
            XCTAssertEqual(persons(text).map(\.name), names, text, line: line)
        }
    }

    func testPersons() {
        let cases: [(String, [Person], UInt)] = [
            ("بعد الحوار بين وزيري خارجية الصين وانج يي، وباكستان إسحاق دار، في بكين.",
             [Person(name: "وانج يي", role: .foreignMinister, party: "CN"), Person(name: "إسحاق دار", role: .foreignMinister, party: "PK")], #line),
            ("واستقبل الرئيس المصري عبد الفتاح السيسي الوفد.",
             [Person(name: "عبد الفتاح السيسي", role: .president, party: "EG")], #line),
            ("Chinese Foreign Minister Wang Yi met Pakistan's Prime Minister Shehbaz Sharif on Monday.",
             [Person(name: "Wang Yi", role: .foreignMinister, party: "CN"), Person(name: "Shehbaz Sharif", role: .primeMinister, party: "PK")], #line),
            ("The talks were chaired by the Foreign Minister of Nigeria, Amina Bello.",
             [Person(name: "Amina Bello", role: .foreignMinister, party: "NG")], #line),
            ("Le ministre algérien des Affaires étrangères, Karim Haddad, a reçu son homologue.",
             [Person(name: "Karim Haddad", role: .foreignMinister, party: "DZ")], #line),
            ("Le président sénégalais Ousmane Diallo a salué l'accord.",
             [Person(name: "Ousmane Diallo", role: .president, party: "SN")], #line),
            // a plural title, then each holder after an adjective of nationality
            ("بحضور وزيري خارجية البلدين، الكويتي فهد الصالح والعراقي علي الجبوري.",
             [Person(name: "فهد الصالح", role: .foreignMinister, party: "KW"), Person(name: "علي الجبوري", role: .foreignMinister, party: "IQ")], #line),
            // counterparts take the title of the official named before
            ("The talks were co-chaired by Kenyan Foreign Minister Paul Otieno and his Ethiopian counterpart Hana Tesfaye.",
             [Person(name: "Paul Otieno", role: .foreignMinister, party: "KE"), Person(name: "Hana Tesfaye", role: .foreignMinister, party: "ET")], #line),
            ("ترأس الاجتماع رئيس الحكومة المغربية عبد الإله الفاسي ونظيره الإسباني خافيير مورينو.",
             [Person(name: "عبد الإله الفاسي", role: .primeMinister, party: "MA"), Person(name: "خافيير مورينو", role: .primeMinister, party: "ES")], #line),
            // an honorific, the name, then the office
            ("برئاسة الشيخ سالم الأحمد وزير الخارجية في دولة الكويت.",
             [Person(name: "سالم الأحمد", role: .foreignMinister, party: "KW")], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(persons(text), expected, text, line: line)
        }
    }

    func testTitleWithoutNameIsNoPerson() {
        XCTAssertEqual(persons("وأكد وزير الخارجية حرص المملكة على مواصلة التنسيق."), [])
        XCTAssertEqual(persons("The minister stressed the need for calm."), [])
    }

    /// A title word with the nisba ending names an institution ("المفوضية", the
    /// commission), and an action's noun (تعزيز، إطلاق) is no name: neither
    /// makes a person, and an action's noun ends the name before it.
    func testAnInstitutionOrAnActionIsNoName() {
        let cases: [(String, [String], UInt)] = [
            ("ودعا الاجتماع المفوضية الأوروبية إرسال بعثة تقييم إلى المنطقة الحدودية.", [], #line),
            ("وقرر الرئيس البرازيلي لويس سانتوس رفع الرسوم الجمركية على واردات الحبوب.", ["لويس سانتوس"], #line),
            ("وأشاد الوزير بالدور الذي يؤديه المبعوث الخاص لتعزيز الحوار بين الأطراف.", [], #line),
        ]
        checkNames(cases)
    }

    /// After a particle ("de la", "of the"), a state's formal word or name
    /// starts the state, which is no part of the name, nor a name of its own.
    func testAStateAfterAParticleEndsTheName() {
        let cases: [(String, [String], UInt)] = [
            ("La présidente Ana Lopes de la République portugaise a reçu lundi le Premier ministre Karl Berg.",
             ["Ana Lopes", "Karl Berg"], #line),
            ("La séance a réuni les délégués du Bénin et du Niger et l’ambassadeur de la République du Ghana en poste à Lomé.", [], #line),
            ("Le ministre Jean de La Fontaine a salué l'accord.", ["Jean de La Fontaine"], #line),
        ]
        checkNames(cases)
    }
}
