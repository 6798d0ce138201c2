import Model
import XCTest

/// GUIDELINES: the venue is the statement's city, only when the text names
/// it. A call has none, whatever city the outlet's dateline names; a city
/// named for an earlier event told in the pluperfect is background; and a
/// city that hosts talks is known beyond the capitals.
final class VenueCallAndBackgroundTests: XCTestCase {
    /// Each text's statement has exactly this venue (nil: none).
    private func checkVenues(_ cases: [(String, String?, UInt)], published: String? = nil) {
        for (text, venue, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, published: published).statement.venue, venue, text, line: line)
        }
    }

    func testTheVenueIsTheStatementsCityOnly() {
        let cases: [(String, String?, UInt)] = [
            // A call reported from the capital of one side.
            ("Washington - Secretary Ana Ruiz spoke with the Chilean Foreign Minister Luis Vega today. She welcomed the new trade pact.", nil, #line),
            ("Washington - Secretary Ana Ruiz spoke today with the Chilean Foreign Minister Luis Vega. She welcomed the new trade pact.", nil, #line),
            ("Secretary Ruiz's Call with Chilean Foreign Minister Vega\n\nWashington - The two ministers agreed to expand trade.", nil, #line),
            // A meeting beside the verb keeps its city.
            ("Lima - The foreign minister of Chile spoke with his Peruvian counterpart at talks held in Lima on Monday.", "Lima", #line),
            // An earlier event's city, told in the pluperfect.
            ("L'Algérie a salué mardi la hausse des échanges avec la Tunisie.\n\nLa semaine dernière, lors de la commission mixte tenue à Tunis, le ministre avait souligné l'importance du commerce.", nil, #line),
            ("Chile welcomed the growth of trade with Peru on Tuesday.\n\nLast week, at the joint commission held in Lima, the minister had stressed the value of trade.", nil, #line),
            // An earlier meeting's city, marked past; a recalled document's city.
            ("The leaders of Chile and Peru agreed to expand trade. They recalled the decisions of the previous 12th summit in Quito.", nil, #line),
            ("Samedi, le ministre a rappelé la rencontre tenue le 14 décembre dernier à Quito.", nil, #line),
            ("The ministers of Chile and Peru agreed to expand trade, under the Joint Declaration signed in Quito in 2023.", nil, #line),
            // "dimanche dernier" is the meeting's own recent day.
            ("Les ministres, qui ont tenu leur réunion annuelle dimanche dernier à Quito, ont adopté un communiqué.", "Quito", #line),
            // An office's or an embassy's city is its seat, not the meeting's place.
            ("The ECOWAS Mediation and Security Council said in a statement that it asked the Commission to reopen its liaison office in Bamako.", nil, #line),
            ("طلب مجلس السلم والأمن الأفريقي في بيانه من المفوضية إعادة فتح مكتب الاتصال التابع للاتحاد في بانغي.", nil, #line),
            // Cities that host summits and visits beyond the capitals.
            ("The leaders of Chile and Peru met in Da Nang on Monday and agreed to expand trade.", "Da Nang", #line),
            ("Les présidents du Chili et du Pérou se sont réunis à Saint-Louis lundi et sont convenus de renforcer le commerce.", "Saint-Louis", #line),
            ("The ministers of Chile and Peru met in Boao on Monday and agreed to expand trade.", "Boao", #line),
        ]
        checkVenues(cases)
    }

    /// A declaration named after a city in the headline or the lead ("إعلان سرت",
    /// "the Oran Declaration") was adopted there, when nothing else places it; a
    /// statement that follows a declaration up keeps its own dateline.
    func testADeclarationsNamesakeCityIsItsVenueWhenNothingElsePlacesIt() {
        let cases: [(String, String?, UInt)] = [
            ("اختتم القادة الأفارقة قمتهم أمس. وتبنى القادة إعلان سرت الذي يدعو إلى تسريع مشاريع الربط الكهربائي بين دول القارة.",
             "Sirte", #line),
            ("The bloc's leaders ended their meeting on Tuesday. The Oran Declaration they adopted backs a shared power grid for the region.",
             "Oran", #line),
            ("الخرطوم – يزور وفد تشادي الخرطوم اليوم لمتابعة ما اتفق عليه البلدان في إعلان الرياض.",
             "Khartoum", #line),
        ]
        checkVenues(cases, published: "2026-11-12")
    }

    /// "Lima, Quito, La Paz agree to…": capitals listed at a line's start are the
    /// governments that speak, no dateline; the dispatch's own dateline places the meeting.
    func testCapitalsListedAtALinesStartAreNoDateline() {
        let cases: [(String, String?, UInt)] = [
            ("Santiago, Lima, La Paz agree to open their borders\n\nAgency Monitoring\n\n"
             + "QUITO: The fourth trilateral meeting of foreign ministers was held in Ecuador's Quito city on Wednesday.\n"
             + "The ministers stressed the importance of cooperation.\n", "Quito", #line),
            ("LIMA, March 3 - The foreign ministers of Chile and Peru agreed to open their borders.", "Lima", #line),
        ]
        checkVenues(cases)
    }

    /// One party's own statement meets nobody: a city its body names is the
    /// matter it speaks of, not its venue; a dateline or a meeting still places it.
    func testACityAMinistrysStatementSpeaksOfIsNoVenue() {
        let cases: [(String, String?, UInt)] = [
            ("The Ministry of Foreign Affairs of Chile strongly condemns the attack on the embassy of Peru in the city of Quito.", nil, #line),
            ("أعربت وزارة الخارجية التشيلية عن إدانتها الشديدة للهجوم الذي استهدف سفارة البيرو في مدينة كيتو.", nil, #line),
            ("SANTIAGO - The Ministry of Foreign Affairs of Chile strongly condemns the attack on the embassy of Peru in Quito.",
             "Santiago", #line),
            ("The Ministry of Foreign Affairs of Chile said at a press conference held in Santiago that it condemns the attack.",
             "Santiago", #line),
        ]
        checkVenues(cases)
    }

    /// "the conference held in Lima several days ago", "المؤتمر الذي عقد في شرم الشيخ منذ أيام":
    /// a past mark shortly after the city makes it an earlier event's place too.
    func testACityAPastMarkFollowsIsAnEarlierEventsPlace() {
        let cases: [(String, String?, UInt)] = [
            ("Quito - MENA\nThe Andean summit praised the outcome of the trade conference held in Lima several days ago "
             + "and called for free trade.\n", "Quito", #line),
            ("القاهرة - أ ش أ\nأشادت القمة الأفريقية بنتائج المؤتمر الذي عقد في شرم الشيخ منذ أيام، ودعت إلى تحرير التجارة.\n",
             "Cairo", #line),
            ("The ministers of Chile and Peru met in Lima on Monday, three years after their first summit, and agreed to expand trade.",
             "Lima", #line),
        ]
        checkVenues(cases, published: "2026-03-14")
    }

    /// "talks on 15 August in Lima or Quito", « soit à Lima, soit à Quito », "في ليما أو كيتو":
    /// cities offered as alternatives name where something may happen, not where it did.
    func testCitiesOfferedAsAlternativesAreNoVenue() {
        let cases: [(String, String?, UInt)] = [
            ("The leaders of Chile and Peru called on the two parties to resume talks on 15 August in Lima or Quito.\n",
             nil, #line),
            ("Le Chili et le Pérou ont appelé les deux parties à reprendre les pourparlers le 15 août, soit à Lima, soit à Quito.\n",
             nil, #line),
            ("دعا زعيما تشيلي والبيرو الطرفين إلى استئناف المحادثات يوم 15 أغسطس في ليما أو كيتو.\n", nil, #line),
            ("The leaders of Chile and Peru met in Lima and called for talks in Quito or Bogotá next month.\n", "Lima", #line),
        ]
        checkVenues(cases, published: "2026-03-14")
    }

    /// "Manama: Gulf leaders signed a declaration during a summit in Saudi Arabia": a
    /// dateline whose city lies outside the country the lead places the meeting in is
    /// where the dispatch was filed, not the venue; "their earlier meetings in Lima" are past.
    func testADatelineOutsideTheMeetingsCountryIsNoVenue() {
        let cases: [(String, String?, UInt)] = [
            ("Quito: Andean leaders signed a declaration on Tuesday during a landmark summit in Peru.\n"
             + "The leaders pledged to reopen their borders.\n", nil, #line),
            ("كيتو - وقع قادة دول الأنديز إعلانا يوم الثلاثاء خلال قمة في تشيلي.\nوتعهد القادة بإعادة فتح الحدود.\n", nil, #line),
            ("Lima: Andean leaders signed a declaration on Tuesday during a landmark summit in Peru.\n"
             + "The leaders pledged to reopen their borders.\n", "Lima", #line),
            ("The presidents of Chile and Peru met in Quito and agreed to expand trade. "
             + "They recalled their earlier meetings in Lima and Santiago.\n", "Quito", #line),
            ("The presidents of Chile and Peru agreed to expand trade. They recalled their earlier meetings in Lima.\n", nil, #line),
        ]
        checkVenues(cases, published: "2026-03-14")
    }
}
