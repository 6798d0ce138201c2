import Model
import XCTest

/// Vocabulary of real diplomatic reports that the lexicons lacked: titles and ranks,
/// names with particles, organisations, demonyms and capitals, and document words, in
/// Arabic, English and French. One table per area; the sentences and officials are
/// invented for these tests.
final class ReportVocabularyTests: XCTestCase {
    /// Titles of GUIDELINES.md roles in the forms news uses, each read as its functional role.
    func testTitlesOfRealReportsGiveTheirRoles() {
        let cases: [(Language, String, String, PersonRole, UInt)] = [
            (.english, "Chinese Vice-Premier Li Wenhao met Egyptian Foreign Minister Karim Adel in Cairo on Tuesday.", "Li Wenhao", .deputyPrimeMinister, #line),
            (.english, "German Chancellor Markus Keller held talks with Egyptian Foreign Minister Karim Adel on Tuesday.", "Markus Keller", .primeMinister, #line),
            (.english, "Egyptian Assistant Foreign Minister Hala Samir received the Kenyan delegation on Tuesday.", "Hala Samir", .seniorOfficial, #line),
            (.english, "Chargé d'Affaires Lina Haddad met Egyptian Foreign Minister Karim Adel on Tuesday.", "Lina Haddad", .ambassador, #line),
            (.english, "Chairman of the Shura Council Abdullah Al-Sheikh received Egyptian Foreign Minister Karim Adel on Tuesday.", "Abdullah Al-Sheikh", .parliamentSpeaker, #line),
            (.english, "Chief of General Staff General Adnan Karimi met Egyptian Foreign Minister Karim Adel on Tuesday.", "Adnan Karimi", .seniorOfficial, #line),
            (.english, "Army Chief of Staff Lieutenant General Adnan Karimi met Egyptian Foreign Minister Karim Adel on Tuesday.", "Adnan Karimi", .seniorOfficial, #line),
            (.english, "The President of the European Council Antonio Reis met Egyptian Foreign Minister Karim Adel on Tuesday.", "Antonio Reis", .president, #line),
            (.english, "Faisal bin Omar, Saudi Arabia's Crown Prince, met Egyptian Foreign Minister Karim Adel on Tuesday.", "Faisal bin Omar", .crownPrince, #line),
            (.english, "H.E. Dr. Amina Yusuf, Nigeria's Foreign Minister, met Egyptian Foreign Minister Karim Adel on Tuesday.", "Amina Yusuf", .foreignMinister, #line),
            (.french, "Le ministre de la Défense Jean Morel s'est entretenu mardi avec son homologue égyptien Karim Adel.", "Jean Morel", .minister, #line),
            (.french, "Le ministre français de l'Économie Paul Girard a reçu mardi le ministre égyptien du Commerce.", "Paul Girard", .minister, #line),
            (.french, "Le ministre d'État Ahmed Touré a reçu mardi le ministre égyptien des Affaires étrangères Karim Adel.", "Ahmed Touré", .minister, #line),
            (.french, "Le président du Conseil italien Marco Ferri a reçu mardi le ministre égyptien des Affaires étrangères Karim Adel.", "Marco Ferri", .primeMinister, #line),
            (.french, "Le chancelier allemand Markus Keller a reçu mardi le ministre égyptien des Affaires étrangères Karim Adel.", "Markus Keller", .primeMinister, #line),
            (.french, "Le ministre adjoint des Affaires étrangères Kenji Sato a reçu mardi le ministre égyptien des Affaires étrangères Karim Adel.", "Kenji Sato", .deputyForeignMinister, #line),
            (.french, "Le chargé d'affaires Pierre Lemaire a reçu mardi le ministre égyptien des Affaires étrangères Karim Adel.", "Pierre Lemaire", .ambassador, #line),
            (.french, "Le chef d'état-major des armées, le général Paul Fabre, a reçu mardi le ministre égyptien de la Défense.", "Paul Fabre", .seniorOfficial, #line),
            (.arabic, "بحث وزير الدولة للشؤون الخارجية القطري خالد المنصوري يوم الثلاثاء مع وزير الخارجية المصري كريم عادل العلاقات الثنائية.", "خالد المنصوري", .deputyForeignMinister, #line),
            (.arabic, "استقبل رئيس مجلس الشورى السعودي عبدالله آل الشيخ يوم الأحد وزير الخارجية المصري كريم عادل.", "عبدالله آل الشيخ", .parliamentSpeaker, #line),
            (.arabic, "بحث الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي كلارا منديز مع وزير الخارجية المصري كريم عادل العلاقات الثنائية.", "كلارا منديز", .foreignMinister, #line),
            (.arabic, "استقبل رئيس هيئة الأركان العامة الفريق أول ركن عدنان كريمي وزير الدفاع المصري.", "عدنان كريمي", .seniorOfficial, #line),
            (.arabic, "التقى القائم بالأعمال لينا حداد وزير الخارجية المصري كريم عادل.", "لينا حداد", .ambassador, #line),
            (.arabic, "التقى المستشار الألماني ماركوس كيلر وزير الخارجية المصري كريم عادل.", "ماركوس كيلر", .primeMinister, #line),
            (.arabic, "وصل صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر إلى القاهرة.", "تميم بن حمد آل ثاني", .emir, #line),
            (.arabic, "وقال المتحدث باسم وزارة الخارجية ماو لين إن بلاده تدعم الحوار.", "ماو لين", .spokesperson, #line),
        ]
        for (language, text, name, role, line) in cases {
            let persons = TestSupport.extract(text, language: language).persons
            XCTAssertTrue(persons.contains { $0.name == name && $0.role == role }, "\(name) as \(role) not in \(persons) for: \(text)", line: line)
        }
    }

    /// A name keeps its particles ("van der", "Le", "de") and ends before the day or the object of the talks.
    func testNamesKeepTheirParticlesAndEndBeforeTheDay() {
        let cases: [(Language, String, String, UInt)] = [
            (.english, "Dutch Foreign Minister Pieter van der Berg met Egyptian Foreign Minister Karim Adel on Tuesday.", "Pieter van der Berg", #line),
            (.english, "French Foreign Minister Jean-Luc Le Goff met Egyptian Foreign Minister Karim Adel on Tuesday.", "Jean-Luc Le Goff", #line),
            (.english, "Bruno de Souza, Brazil's Foreign Minister, met Egyptian Foreign Minister Karim Adel on Tuesday.", "Bruno de Souza", #line),
            (.french, "Le ministre néerlandais des Affaires étrangères Pieter van der Berg a reçu mardi son homologue égyptien.", "Pieter van der Berg", #line),
            (.arabic, "بحث ولي العهد السعودي الأمير فيصل بن عمر يوم الثلاثاء مع وزير الخارجية المصري كريم عادل العلاقات الثنائية.", "فيصل بن عمر", #line),
            (.arabic, "بحث رئيس الوزراء الصيني لي تشيانغ الأحد مع وزير الخارجية المصري كريم عادل العلاقات الثنائية.", "لي تشيانغ", #line),
            (.arabic, "بحث نائب الرئيس الإندونيسي بودي سانتوسو سبل تعزيز التعاون مع وزير الخارجية المصري كريم عادل.", "بودي سانتوسو", #line),
        ]
        for (language, text, name, line) in cases {
            let names = TestSupport.extract(text, language: language).persons.map(\.name)
            XCTAssertTrue(names.contains(name), "\(name) not in \(names) for: \(text)", line: line)
        }
    }

    /// Organisations by their long names and acronyms, states by their demonyms and capitals.
    func testOrganisationsDemonymsAndCapitalsAreParties() {
        let cases: [(Language, String, String, UInt)] = [
            (.english, "The G7 and Egypt agreed on Tuesday to strengthen cooperation in health.", "G7", #line),
            (.english, "The Organization of the Petroleum Exporting Countries and Egypt agreed on Tuesday to strengthen cooperation in energy.", "OPEC", #line),
            (.english, "Ramallah and Cairo agreed on Tuesday to strengthen cooperation in trade.", "PS", #line),
            (.english, "The Turkmen side and the Egyptian side agreed on Tuesday to strengthen cooperation in trade.", "TM", #line),
            (.french, "L'Association des nations de l'Asie du Sud-Est et l'Égypte sont convenues mardi de renforcer leur coopération.", "ASEAN", #line),
            (.french, "Le Groupe des Sept et l'Égypte sont convenus mardi de renforcer leur coopération dans la santé.", "G7", #line),
            (.french, "Pyongyang et Le Caire sont convenus mardi de renforcer leur coopération commerciale.", "KP", #line),
            (.arabic, "اتفقت مجموعة السبع ومصر يوم الثلاثاء على تعزيز التعاون في مجال الصحة.", "G7", #line),
            (.arabic, "اتفق الجانب الألماني والجانب المصري يوم الثلاثاء على تعزيز التعاون التجاري.", "DE", #line),
            (.arabic, "اتفقت الأونروا ومصر يوم الثلاثاء على تعزيز التعاون في مجال الصحة.", "UNRWA", #line),
            (.arabic, "اتفقت سيول والقاهرة يوم الثلاثاء على تعزيز التعاون التجاري.", "KR", #line),
        ]
        for (language, text, code, line) in cases {
            let codes = TestSupport.extract(text, language: language).parties.map(\.code.rawValue)
            XCTAssertTrue(codes.contains(code), "\(code) not in \(codes) for: \(text)", line: line)
        }
    }

    /// What the text calls its document: joint outweighs final and press; outcome statements,
    /// chair's summaries and the minutes of a joint commission are its communique.
    func testDocumentWordsGiveTheKind() {
        let cases: [(Language, String, StatementKind, UInt)] = [
            (.english, "Kenya and Ghana adopted an outcome statement at the close of their strategic dialogue, agreeing to expand trade.", .communique, #line),
            (.english, "The chair's summary of the ministerial meeting said the ministers agreed to expand trade.", .communique, #line),
            (.french, "Le Sénégal et le Mali ont publié un communiqué de presse conjoint et sont convenus de renforcer le commerce.", .jointStatement, #line),
            (.french, "Le Sénégal et le Mali ont publié un communiqué final conjoint et sont convenus de renforcer le commerce.", .jointStatement, #line),
            (.french, "Le Sénégal et le Mali ont signé le procès-verbal de la commission mixte et sont convenus de renforcer le commerce.", .communique, #line),
            (.arabic, "وقعت السعودية والأردن محضر اجتماعات اللجنة المشتركة واتفق الجانبان على تعزيز التعاون التجاري.", .communique, #line),
        ]
        for (language, text, kind, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, language: language).statement.kind, kind, text, line: line)
        }
    }
}
