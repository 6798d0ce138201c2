@testable import Ingestion
import Model
import XCTest

/// Known office holders (`officials.txt`): a person whose name is a known
/// official's takes his party, and a leader the headline or lead names bare
/// stands for his state among the issuers. (Real office holders, invented
/// events.)
final class KnownOfficialsTests: XCTestCase {
    func testAKnownOfficialNamedWithATitleOnlyTakesHisOwnParty() {
        let cases: [(text: String, name: String, party: String, line: UInt)] = [
            ("Iraqi Prime Minister Haider al-Abadi received a telephone call from President Obama on Tuesday.\n\n"
             + "The two leaders discussed the campaign to retake Mosul and agreed to keep in close contact.\n", "Obama", "US", #line),
            ("Le Premier ministre libanais Najib Mikati a reçu mardi le président Macron à Beyrouth.\n\n"
             + "Les deux responsables ont examiné l'aide à l'armée libanaise.\n", "Macron", "FR", #line),
            ("استقبل رئيس الوزراء العراقي محمد شياع السوداني في بغداد اليوم وزير الخارجية لافروف.\n\n"
             + "وبحث الجانبان سبل تعزيز التعاون في مجال الطاقة.\n", "لافروف", "RU", #line),
        ]
        for c in cases {
            let persons = TestSupport.extract(c.text, published: "2025-03-03").persons
            XCTAssertEqual(persons.first { $0.name == c.name }?.party?.rawValue, c.party, "\(persons)", line: c.line)
        }
    }

    /// A party read from the context yields to the known holder of the very office the text
    /// titles him with, and the colleague the context had confused with him gets the other side.
    func testTheKnownHolderOfTheTitledOfficeOutweighsTheContext() {
        let cases: [(text: String, expected: [String: String], line: UInt)] = [
            ("Statement on the President's Meeting with Prime Minister Lars Ekberg of Sweden\n\n"
             + "President Biden welcomed Prime Minister Lars Ekberg of Sweden to the White House on Thursday to discuss "
             + "Arctic security. President Biden reaffirmed the strong support of the United States for Sweden's defence.\n",
             ["Biden": "US", "Lars Ekberg": "SE"], #line),
            ("Compte rendu de l'entretien téléphonique du Président avec le Premier ministre Karim Belhadj de Tunisie\n\n"
             + "Le président Macron s'est entretenu ce mardi avec le Premier ministre Karim Belhadj de Tunisie. "
             + "Le président Macron a réaffirmé le soutien de la France à la Tunisie.\n",
             ["Macron": "FR", "Karim Belhadj": "TN"], #line),
        ]
        for c in cases {
            let persons = TestSupport.extract(c.text, published: "2024-05-02").persons
            for (name, party) in c.expected {
                // (The name may run on into "de Tunisie": which words it spans is not what this tests.)
                XCTAssertEqual(persons.first { $0.name.hasPrefix(name) }?.party?.rawValue, party, "\(persons)", line: c.line)
            }
        }
    }

    /// A middle initial is no part of the name the known official is listed by: "President
    /// Donald J. Trump" is the known Donald Trump, and American beside a Lebanese counterpart.
    func testAMiddleInitialDoesNotHideAKnownOfficial() {
        let cases: [(text: String, name: String, party: String, line: UInt)] = [
            ("Readout of the President's Call with President Aziz Haddad of Lebanon\n\n"
             + "President Donald J. Trump spoke today with President Aziz Haddad of Lebanon about the port of Beirut. "
             + "President Trump reaffirmed the support of the United States for the Lebanese armed forces.\n", "Donald J. Trump", "US", #line),
            ("Readout of the President's Meeting with Prime Minister Omar Rahimi of Afghanistan\n\n"
             + "President George W. Bush met today with Prime Minister Omar Rahimi of Afghanistan to discuss road building. "
             + "President Bush pledged continued American help for the Afghan army.\n", "George W. Bush", "US", #line),
        ]
        for c in cases {
            let persons = TestSupport.extract(c.text, published: "2018-04-17").persons
            XCTAssertEqual(persons.first { $0.name == c.name }?.party?.rawValue, c.party, "\(persons)", line: c.line)
        }
    }

    /// A bare title whose office's known holder the lead names bare is his: "The Prime Minister
    /// thanked President Trump" in a call the lead opens with Trump is still Keir Starmer's, British.
    func testABareTitleIsTheKnownHolderTheLeadNames() {
        let text = "Donald Trump and Sir Keir Starmer have held a phone call, a week after the President moved back into "
            + "the White House.\nTrump, who said on Friday that Starmer was doing a fine job, praised the royal family during "
            + "the call.\nA Downing Street spokesman said: “The Prime Minister spoke to President Trump on Sunday.\n"
            + "“President Trump opened by congratulating the Prime Minister on the new trade deal.\n"
            + "“The Prime Minister thanked President Trump for his kind words and welcomed the agreement on steel tariffs.\n"
        let thanks = TestSupport.extract(text).commitments.filter { $0.text.contains("thanked") || $0.text.contains("steel") }
        XCTAssertEqual(thanks.map(\.by), [["GB"], ["GB"]], "\(thanks)")
    }

    /// A known official covers his side without taking it from a colleague the text also
    /// leaves without a country: the unknown president is still India's.
    func testAKnownOfficialLeavesHisColleagueHisSide() {
        let text = "The Emirati Crown Prince Khalid Al Suwaidi held talks in New Delhi on Monday with President "
            + "Ravi Anand Kapoor and Prime Minister Narendra Modi.\n\n"
            + "The United Arab Emirates and India agreed to expand cooperation in renewable energy.\n"
        let persons = TestSupport.extract(text, published: "2025-03-03").persons
        XCTAssertEqual(persons.first { $0.name == "Narendra Modi" }?.party?.rawValue, "IN", "\(persons)")
        XCTAssertEqual(persons.first { $0.name == "Ravi Anand Kapoor" }?.party?.rawValue, "IN", "\(persons)")
    }

    func testALeaderNamedBareInTheLeadIsASideOfTheTalks() {
        let cases: [(text: String, issuers: Set<String>, line: UInt)] = [
            ("Faye and Ouattara hold talks in Abidjan\n\n"
             + "Faye and Ouattara met in Abidjan on Monday and agreed to strengthen cooperation on border security.\n", ["SN", "CI"], #line),
            ("Ramaphosa and Ruto hold talks in Nairobi\n\n"
             + "Ramaphosa and Ruto agreed on Thursday to deepen trade ties between their countries.\n", ["ZA", "KE"], #line),
            ("Macron a reçu Tebboune à l'Élysée\n\n"
             + "Macron a reçu Tebboune lundi à Paris. Les deux présidents ont décidé de relancer la coopération économique.\n", ["FR", "DZ"], #line),
            ("بحث السيسي وماكرون العلاقات الثنائية\n\n"
             + "بحث السيسي وماكرون في اتصال هاتفي اليوم تطورات الأوضاع في المنطقة، واتفقا على مواصلة التنسيق.\n", ["EG", "FR"], #line),
        ]
        for c in cases {
            let e = TestSupport.extract(c.text, published: "2025-03-03")
            XCTAssertEqual(Set(e.issuers.map(\.rawValue)), c.issuers, line: c.line)
        }
    }

    /// Guards: a common name or word standing alone, a lower-case word, and a
    /// surname two parties' officials share say nothing of a party.
    func testAmbiguousFormsNeedATitle() {
        let cases: [(text: String, absent: String, line: UInt)] = [
            ("Abbas and Karimi hold talks on water\n\n"
             + "Abbas and Karimi met in Kabul on Monday and agreed to share river data.\n", "PS", #line),
            ("Brown and Okafor sign fisheries deal\n\n"
             + "Brown and Okafor agreed in Lagos to protect fish stocks. Nigeria may trust the deal.\n", "GB", #line),
            ("Michel and Adeyemi discuss trade\n\n"
             + "Michel and Adeyemi met in Abuja on Monday and agreed to cut tariffs.\n", "EU", #line),
        ]
        for c in cases {
            let e = TestSupport.extract(c.text, published: "2025-03-03")
            XCTAssertFalse(e.issuers.map(\.rawValue).contains(c.absent), "\(e.issuers)", line: c.line)
        }
    }

    /// "محمد شياع السوداني": a known official whose surname is a nisba keeps it, and it names no
    /// party ("the Sudanese"); an unknown name before a nisba is not taken for one.
    func testANisbaSurnameOfAKnownOfficialIsNoParty() {
        let text = "بغداد - أكد رئيس مجلس الوزراء، محمد شياع السوداني، خلال استقباله وزير الخارجية الأردني، "
            + "أن أمن العراق والأردن واحد.\n"
        let e = TestSupport.extract(text, published: "2025-03-03", language: .arabic)
        let person = e.persons.first { $0.name == "محمد شياع السوداني" }
        XCTAssertEqual(person?.party?.rawValue, "IQ", "\(e.persons)")
        XCTAssertEqual(person?.role, .primeMinister, "\(e.persons)")
        XCTAssertFalse(e.parties.contains { $0.code.rawValue == "SD" }, "\(e.parties)")
        let unknown = TestSupport.extract("التقى الرئيس المصري ضيفه رئيس الوزراء السوداني في القاهرة.\n", published: "2025-03-03", language: .arabic)
        XCTAssertTrue(unknown.parties.contains { $0.code.rawValue == "SD" }, "\(unknown.parties)")
    }

    /// "وقال السوداني، … مضيفا: “نرحب…”": the surname alone is the official named in full before,
    /// not Sudan, and "we" in his quotation is his side, not both.
    func testTheNisbaSurnameAloneIsTheOfficialAndHisWeIsHisSide() {
        let text = "بغداد - أكد رئيس مجلس الوزراء، محمد شياع السوداني، أن أمن العراق والأردن واحد، بحضور العاهل الأردني.\n"
            + "وقال السوداني، خلال مؤتمر صحفي مشترك في بغداد، إن الحدود آمنة، مضيفا: “نرحب بكل خطوة نحو التكامل الاقتصادي”.\n"
        let e = TestSupport.extract(text, published: "2025-03-03", language: .arabic)
        XCTAssertFalse(e.parties.contains { $0.code.rawValue == "SD" }, "\(e.parties)")
        let welcome = e.commitments.first { $0.type == .welcome }
        XCTAssertEqual(welcome?.by.map(\.rawValue), ["IQ"], "\(e.commitments)")
    }

    /// "Entretien téléphonique entre Ramaphosa et Macron … M. Macron a insisté": a known office holder
    /// the headline names bare speaks by his surname in the body too.
    func testALeaderNamedBareInTheHeadlineSpeaksByHisSurname() {
        let text = "Conversation téléphonique entre Ramaphosa et Macron\n\n"
            + "La conversation a duré une heure.\n"
            + "M. Macron a insisté sur la nécessité d'un cessez-le-feu au Soudan.\n"
            + "Ramaphosa a souligné le soutien de l'Afrique du Sud à la médiation africaine.\n"
        let commitments = TestSupport.extract(text, published: "2025-03-03", language: .french).commitments
        XCTAssertEqual(commitments.map { $0.by.map(\.rawValue) }, [["FR"], ["ZA"]], "\(commitments)")
    }

    func testTheLexiconReadsEveryLineAndGuardsCommonNames() {
        let officials = KnownOfficials.shared
        XCTAssertGreaterThan(officials.forms.count, 800)
        XCTAssertEqual(officials.form(named: ["obama"])?.party, "US")
        XCTAssertEqual(officials.form(named: ["mohamed", "zayed", "al", "nahyan"])?.party, "AE")
        XCTAssertEqual(officials.form(named: ["abbas"])?.guarded, true)
        XCTAssertNil(officials.form(named: ["rutte"])?.party, "Rutte was the Netherlands' prime minister, then NATO's head")
    }

    /// A foreign ministry's spokesperson whom the text names without his country
    /// ("المتحدث باسم وزارة الخارجية إسماعيل بقائي", "ministry spokeswoman Maria Zakharova")
    /// speaks for his state: the ministry's press statement is that state's.
    func testAKnownSpokespersonsMinistryIsHisStates() {
        let cases: [(String, String, UInt)] = [
            ("أدان المتحدث باسم وزارة الخارجية إسماعيل بقائي بشدة الهجوم على مدرسة في مدينة كيتو.\n\n"
             + "ودعا بقائي المجتمع الدولي إلى حماية المدنيين.\n", "IR", #line),
            ("Foreign ministry spokeswoman Maria Zakharova condemned on Tuesday the attack on a school in Quito.\n\n"
             + "She called on the international community to protect civilians.\n", "RU", #line),
        ]
        for (text, issuer, line) in cases {
            let e = TestSupport.extract(text, published: "2025-03-03")
            XCTAssertEqual(e.issuers.map(\.rawValue), [issuer], text, line: line)
        }
    }
}
