import Model
import XCTest

/// Party coverage beyond the big capitals: every UN member's demonym in the
/// three languages, the look-alike names (Niger and Nigeria, the Guineas,
/// the Congos), regional and UN organisations, and names of seas, regions
/// and agreements that hold a country's name without being a party.
final class PartyCoverageTests: XCTestCase {
    private typealias Row = (text: String, codes: Set<String>, line: UInt)

    private func check(_ rows: [Row], _ language: Language) {
        for row in rows {
            let found = Set(TestSupport.extract(row.text, language: language).parties.map(\.code.rawValue))
            XCTAssertEqual(found, row.codes, row.text, line: row.line)
        }
    }

    func testEnglishDemonymsNameTheirCountries() {
        check([
            ("The Ugandan minister thanked his Gambian counterpart for the visit.", ["UG", "GM"], #line),
            ("Burkinabe and Ivorian troops will patrol the border with Togolese units.", ["BF", "CI", "TG"], #line),
            ("Bahraini, Emirati and Salvadoran diplomats signed the memorandum.", ["BH", "AE", "SV"], #line),
            ("The Cameroonian and Gabonese leaders praised the Rwandan mediation.", ["CM", "GA", "RW"], #line),
            ("Eritrean and Djiboutian envoys met Tanzanian and Zambian officials.", ["ER", "DJ", "TZ", "ZM"], #line),
            ("Cuban, Venezuelan and Colombian negotiators reached a deal.", ["CU", "VE", "CO"], #line),
            ("The Czech and Slovak premiers joined Hungarian and Romanian ministers.", ["CZ", "SK", "HU", "RO"], #line),
            ("Sri Lankan and Nepalese delegates welcomed the Mongolian proposal.", ["LK", "NP", "MN"], #line),
            ("Myanmar and Cambodia backed the Laotian plan.", ["MM", "KH", "LA"], #line),
            ("Kampala and Ouagadougou agreed to reopen their embassies.", ["UG", "BF"], #line),
            ("Taiwanese and Kosovar officials attended as observers with the Holy See.", ["TW", "XK", "VA"], #line),
            ("South Sudanese and Sudanese generals signed the truce.", ["SS", "SD"], #line),
            ("Cabo Verde, Eswatini and Czechia joined the initiative.", ["CV", "SZ", "CZ"], #line),
            // The UN's spelling, which Hanoi's own outlets use in English.
            ("Viet Nam and Chile agreed to open a trade office.", ["VN", "CL"], #line),
            // ISO's code, which the annotation standard gives Australia beside the African Union.
            ("The Australian and Peruvian ministers met in Canberra.", ["AU", "PE"], #line),
        ], .english)
    }

    func testFrenchAdjectivesNameTheirCountries() {
        check([
            ("Le président gambien a reçu son homologue ougandais.", ["GM", "UG"], #line),
            ("Les autorités burkinabè et la partie ivoirienne ont signé un accord.", ["BF", "CI"], #line),
            ("Le ministre bissau-guinéen et la délégation béninoise sont arrivés.", ["GW", "BJ"], #line),
            ("Les gouvernements tchadien, centrafricain et camerounais ont coopéré.", ["TD", "CF", "CM"], #line),
            ("Les responsables comoriens, djiboutiens et érythréens se sont réunis.", ["KM", "DJ", "ER"], #line),
            ("La partie grecque et les autorités turques ont salué la médiation malgache.", ["GR", "TR", "MG"], #line),
            ("Les diplomates émiriens et bahreïnis ont rencontré la ministre colombienne.", ["AE", "BH", "CO"], #line),
            ("Le chef de l'État sud-soudanais a remercié le négociateur kényan.", ["SS", "KE"], #line),
            ("Les présidents argentin, chilien et uruguayen ont signé la déclaration.", ["AR", "CL", "UY"], #line),
            ("La Birmanie, le Cabo Verde et le Saint-Siège ont soutenu le texte.", ["MM", "CV", "VA"], #line),
            ("La ministre australienne a reçu son homologue chilien.", ["AU", "CL"], #line),
            // « Le Royaume » alone names a kingdom among the issuers; « le Royaume-Uni » is Britain.
            ("Le Royaume-Uni et la Türkiye ont signé un accord commercial.", ["GB", "TR"], #line),
        ], .french)
    }

    func testArabicNisbasNameTheirCountries() {
        check([
            ("استقبل الرئيس الأوغندي نظيره الغامبي في القصر الرئاسي.", ["UG", "GM"], #line),
            ("أكد الوزير الإيفواري والوفد البوركيني دعمهما للاتفاق.", ["CI", "BF"], #line),
            ("رحبت الحكومة الإيفوارية والسلطات التوغولية بالمبادرة.", ["CI", "TG"], #line),
            ("التقى المسؤولون التشاديون والموريتانيون والصوماليون في العاصمة.", ["TD", "MR", "SO"], #line),
            ("شارك الوزير الجيبوتي ونظيره الإريتري في الاجتماع.", ["DJ", "ER"], #line),
            ("وقّع الرئيس المالي ونظيره الأفغاني والوزير الكازاخي على البيان.", ["ML", "AF", "KZ"], #line),
            ("أشاد الجانب الكوري الجنوبي والوفد النمساوي بالنتائج.", ["KR", "AT"], #line),
            ("بحثت كوت ديفوار وميانمار وكوسوفو سبل التعاون.", ["CI", "MM", "XK"], #line),
            ("استقبل رئيس الوزراء الأسترالي نظيره الماليزي في كانبرا.", ["AU", "MY"], #line),
            ("وقعت جمهورية كوريا وتشيلي اتفاقا تجاريا.", ["KR", "CL"], #line),
        ], .arabic)
    }

    /// Niger and Nigeria, and the three Guineas, differ by a few letters or
    /// a second word: the longer name and the exact demonym win.
    func testNigerNigeriaAndTheGuineasStayApart() {
        check([
            ("The Nigerien junta and the Nigerian government exchanged envoys.", ["NE", "NG"], #line),
            ("Niamey and Abuja agreed to exchange ambassadors again.", ["NE", "NG"], #line),
        ], .english)
        check([
            ("Les autorités nigériennes ont reçu une délégation nigériane.", ["NE", "NG"], #line),
        ], .french)
        check([
            ("استقبل الرئيس النيجري نظيره النيجيري في العاصمة.", ["NE", "NG"], #line),
        ], .arabic)
        check([
            ("Guinean, Bissau-Guinean and Equatorial Guinean ministers met.", ["GN", "GW", "GQ"], #line),
            ("Papua New Guinean officials welcomed the Guinea-Bissau delegation.", ["PG", "GW"], #line),
        ], .english)
        check([
            ("Les ministres guinéen, bissau-guinéen et équato-guinéen se sont réunis.", ["GN", "GW", "GQ"], #line),
        ], .french)
        check([
            ("اجتمع وزراء غينيا وغينيا بيساو وغينيا الاستوائية.", ["GN", "GW", "GQ"], #line),
        ], .arabic)
    }

    /// "Korea" alone is the Republic of Korea; the North is always named as such, and wins by length.
    func testKoreaAloneIsTheRepublicAndTheNorthStaysApart() {
        check([
            ("Korea and Kenya agreed to open direct flights; both urged North Korea to talk.", ["KR", "KE", "KP"], #line),
        ], .english)
        check([
            ("La Corée et le Gabon ont signé un accord ; ils ont appelé la Corée du Nord au dialogue.", ["KR", "GA", "KP"], #line),
        ], .french)
        check([
            ("وقعت كوريا وتونس اتفاقية للتعاون، ودعتا كوريا الشمالية إلى الحوار.", ["KR", "TN", "KP"], #line),
        ], .arabic)
    }

    /// A news agency or broadcaster named for a country, in a byline or a credit, is the outlet, not a party.
    func testAgenciesNamedForACountryAreNoParty() {
        check([
            ("Press Trust of India Nairobi\n\nKenya and Ghana agreed to boost cocoa trade, an official statement said.", ["KE", "GH"], #line),
            ("Chile and Peru signed the accord on Monday, Agence France-Presse reported.", ["CL", "PE"], #line),
        ], .english)
        check([
            ("Le Mali et le Niger ont signé l'accord lundi, selon l'Agence France-Presse.", ["ML", "NE"], #line),
        ], .french)
        check([
            ("وقعت مصر والأردن الاتفاقية اليوم، حسبما نقلت وكالة الصحافة الفرنسية.", ["EG", "JO"], #line),
            ("وقال الوزير في مقابلة مع قناة روسيا اليوم إن مصر والأردن اتفقتا على تعزيز التعاون.", ["EG", "JO"], #line),
        ], .arabic)
    }

    /// A state's European partners or allies are states, not the European Union.
    func testEuropeanPartnersAreNoUnion() {
        check([
            ("Canada and Japan agreed to fund the grain corridor. We and our European partners remain committed to it, "
             + "the Canadian minister said.", ["CA", "JP"], #line),
        ], .english)
        check([
            ("Le Canada et le Japon ont convenu de financer le corridor. Nous et nos partenaires européens restons engagés, "
             + "a déclaré la ministre canadienne.", ["CA", "JP"], #line),
        ], .french)
    }

    func testTheCongosStayApart() {
        check([
            ("The Democratic Republic of Congo and the Republic of the Congo signed the accord.", ["CD", "CG"], #line),
            ("Kinshasa and Brazzaville will reopen the river crossing.", ["CD", "CG"], #line),
            // "Congolese" alone could be either: no party rather than a guess.
            ("Congolese traders welcomed the decision.", [], #line),
        ], .english)
        check([
            ("La RD Congo et la République du Congo ont signé l'accord.", ["CD", "CG"], #line),
        ], .french)
        check([
            ("وقعت الكونغو الديمقراطية وجمهورية الكونغو على الاتفاق في كينشاسا.", ["CD", "CG"], #line),
        ], .arabic)
    }

    func testRegionalAndUnitedNationsBodies() {
        check([
            ("ECOWAS, SADC and the East African Community backed the plan.", ["ECOWAS", "SADC", "EAC"], #line),
            ("The OAS, CELAC and Mercosur issued a joint appeal.", ["OAS", "CELAC", "MERCOSUR"], #line),
            ("Unicef, the World Food Programme and UNHCR delivered aid with Nato's help.", ["UNICEF", "WFP", "UNHCR", "NATO"], #line),
            ("The Non-Aligned Movement and the Francophonie welcomed the vote.", ["NAM", "OIF"], #line),
        ], .english)
        check([
            ("La Cedeao, la CEEAC et l'Onu ont salué l'accord.", ["ECOWAS", "ECCAS", "UN"], #line),
            ("L'Organisation internationale de la Francophonie et l'Union du Maghreb arabe ont réagi.", ["OIF", "UMA"], #line),
            ("Le Conseil de paix et de sécurité a pris acte de la décision de l'UEMOA.", ["AU", "UEMOA"], #line),
        ], .french)
        check([
            ("رحبت إيكواس والمنظمة الدولية للفرنكوفونية بالاتفاق.", ["ECOWAS", "OIF"], #line),
            ("أشادت مفوضية الاتحاد الأفريقي وحركة عدم الانحياز ورابطة الدول المستقلة بالحوار.", ["AU", "NAM", "CIS"], #line),
        ], .arabic)
        for code in ["OIF", "SADC", "EAC", "ECCAS", "OAS", "UNHCR", "WFP", "FAO", "NAM", "CIS", "CSTO", "EAEU", "UMA"] {
            XCTAssertNotNil(Organization.named(PartyCode(code)), code)
        }
    }

    func testPlacesAndAgreementsNamedAfterCountriesAreNoParties() {
        check([
            ("Piracy in the Gulf of Guinea worries Latin American navies.", [], #line),
            ("They recalled the Paris Agreement and the Indian Ocean routes.", [], #line),
        ], .english)
        check([
            ("La piraterie dans le golfe de Guinée inquiète les marines latino-américaines.", [], #line),
            ("Dominique a évoqué l'accord de Paris.", [], #line),
        ], .french)
        check([
            ("أكد النادي الرياضي في مجرى حديثه أهمية التعاون مع أمريكا اللاتينية.", [], #line),
        ], .arabic)
    }
}
