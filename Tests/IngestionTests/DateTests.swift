import Foundation
import Model
import XCTest

/// Statement dates: explicit dates in the three languages, weekdays and
/// relative days against the publication date, Hijri dates, and nothing → unknown.
final class DateTests: XCTestCase {
    func testDates() {
        let cases: [(text: String, published: String?, expected: String?, line: UInt)] = [
            ("جاء ذلك في بيان مشترك صدر في 5 يناير 2026.", nil, "2026-01-05", #line),
            ("وصدر البيان المشترك في ١٨ تشرين الثاني/نوفمبر ٢٠٢٦ في بغداد.", nil, "2026-11-18", #line),
            ("وصدر البيان في 3 جانفي 2027 بالجزائر.", nil, "2027-01-03", #line),
            ("The joint statement was issued on January 5, 2026 in Beijing.", nil, "2026-01-05", #line),
            ("The joint statement was issued on 5 January 2026.", nil, "2026-01-05", #line),
            ("La déclaration conjointe a été publiée le 1er mars 2026 à Rabat.", nil, "2026-03-01", #line),
            ("Les deux pays ont publié le 24 février un communiqué conjoint.", "2026-03-01", "2026-02-24", #line),
            ("Les deux pays ont publié le 28 décembre un communiqué conjoint.", "2026-01-05", "2025-12-28", #line),
            ("جاء ذلك في بيان مشترك، الاثنين، في بكين.", "2026-01-05", "2026-01-05", #line),
            ("جاء ذلك في بيان مشترك صدر يوم الأربعاء.", "2026-11-27", "2026-11-25", #line),
            ("In a joint statement on Monday, the two sides agreed to meet again.", "2026-01-08", "2026-01-05", #line),
            ("Dans une déclaration conjointe publiée lundi, les deux pays ont salué l'accord.", "2026-01-07", "2026-01-05", #line),
            ("The two ministers said in a statement yesterday that they agreed.", "2026-01-06", "2026-01-05", #line),
            ("الرياض 12 جمادى الآخرة 1448 هـ الموافق 22 نوفمبر 2026 م واس", nil, "2026-11-22", #line),
            ("الرياض 12 جمادى الآخرة 1448 هـ - أكد المجلس دعمه.", nil, "2026-11-22", #line),
            ("The statement was issued in November 2026.", nil, "2026-11", #line),
            ("The joint statement was issued on the 5th of January 2026 in Beijing.", nil, "2026-01-05", #line),
            ("وصدر البيان المشترك في 5 من شهر يناير 2026.", nil, "2026-01-05", #line),
            ("The two countries, which established relations in March 2023, agreed to expand trade.", nil, nil, #line),
            ("The two sides agreed to deepen cooperation.", "2026-01-05", nil, #line),
            ("The joint statement was issued on Monday.", nil, nil, #line),
            ("وأكد الجانبان التزامهما بتعزيز التعاون.", nil, nil, #line),
        ]
        for c in cases {
            let date = TestSupport.extract(c.text, published: c.published).statement.date
            XCTAssertEqual(date.iso, c.expected, c.text, line: c.line)
        }
    }

    private func check(_ cases: [(text: String, published: String?, expected: String?, line: UInt)]) {
        for c in cases {
            XCTAssertEqual(TestSupport.extract(c.text, published: c.published).statement.date.iso, c.expected, c.text, line: c.line)
        }
    }

    /// A page's own stamp dates the page, not the statement: at most it resolves "yesterday".
    func testPageStampIsNotTheStatementsDate() {
        check([
            (" date 2026-05-10 The two ministers met to discuss trade and investment.", "2026-05-10", nil, #line),
            ("Talks on trade\n\n10 May 2026\n\nThe two ministers met and agreed to meet again.", nil, nil, #line),
            ("12 March 2026, 9:45\n\nThe foreign ministers met on Thursday, the ministry said.", nil, "2026-03-12", #line),
            (" date 2026-05-10 The joint statement was issued yesterday in Cairo.", "2026-05-10", "2026-05-09", #line),
            ("Communiqué de presse, 23.06.2026\n\nLe ministre s'est rendu à Rabat les 22 et 23 juin.", nil, "2026-06-22", #line),
            // A short sentence is no stamp.
            ("On 5 May 2026 they met.", nil, "2026-05-05", #line),
            // A dateline in parentheses under a document's title dates it, as "Cairo, March 3" does.
            ("QUATRIEME REUNION DU\nCOMITE MIXTE UE-JORDANIE\n(Luxembourg, le 21 juin 2012)\n\nPosition de l'Union européenne\n\n1. L'Union européenne se félicite de la réunion du comité.",
             nil, "2012-06-21", #line),
            // A time's mark after the stamp ("05:01 م", "PM"): the stamp stays a line of its own, under a long headline.
            ("اجتمع وزيرا خارجية البلدين في الرباط وناقشا ملف الطاقة.\nمحادثات جديدة بين الوزيرين في العاصمة المغربية حول التعاون الاقتصادي\nالخميس، 4 مارس 2021 11:20 ص\nملف الطاقة بين البلدين",
             nil, nil, #line),
            ("The two foreign ministers met in Rabat to discuss energy.\nFresh talks between the two ministers in the Moroccan capital on economic ties\nThursday, 4 March 2021 11:20 AM\nEnergy between the two",
             nil, nil, #line),
        ])
    }

    /// A page's widget of the day it was read ("الجمعة 27 سبتمبر 2024 آخر تحديث")
    /// is no publication date when the lead names today's weekday and the
    /// widget's day falls on another; a stamp on that weekday still dates "today".
    func testAStampOnAnotherWeekdayThanTodayIsNoPublicationDate() {
        check([
            ("الجمعة 27 سبتمبر 2024 آخر تحديث\n\nاحتضنت العاصمة أثينا، اليوم الأربعاء، قمة ثلاثية بحثت ملفات الطاقة.", nil, nil, #line),
            ("Friday, 27 September 2024 | 10:15\n\nThe three leaders met in Athens today (Wednesday) to discuss energy.", nil, nil, #line),
            ("الأربعاء 25 سبتمبر 2024 آخر تحديث\n\nاحتضنت العاصمة أثينا، اليوم الأربعاء، قمة ثلاثية بحثت ملفات الطاقة.", nil,
             "2024-09-25", #line),
        ])
    }

    /// A rebuilt page's month prefix gives its year to a day of that month
    /// written without one, and to nothing else: not a weekday, not another month's day.
    func testADayOfThePagesMonthTakesItsYear() {
        check([
            (" date 2024-03 Le Chili a signé, dimanche 17 mars, un partenariat avec le Pérou.", nil, "2024-03-17", #line),
            (" date 2024-04 Le Chili a signé, dimanche 17 mars, un partenariat avec le Pérou.", nil, nil, #line),
            (" date 2024-03 Le Chili a signé dimanche un partenariat avec le Pérou.", nil, nil, #line),
        ])
    }

    /// A visit or a meeting of several days is dated by its first day.
    func testSeveralDaysAreDatedByTheFirst() {
        check([
            ("The prime minister paid a visit to Beijing from 3 to 6 February 2026, the joint statement said.", nil, "2026-02-03", #line),
            ("Le ministre s'est rendu à Rabat les 22 et 23 juin, selon le communiqué.", "2026-06-24", "2026-06-22", #line),
            ("The joint commission met in Abuja on 22-23 May 2026.", nil, "2026-05-22", #line),
            ("The summit was held on May 14-15, 2026 in Jeddah.", nil, "2026-05-14", #line),
            ("وقام رئيس الوزراء بزيارة المملكة خلال الفترة من 12 ـ 13 / 8 / 1440هـ.", nil, "2019-04-17", #line),
            ("Joint communiqué, Abuja, 23 May 2026\n\nThe vice president visited Abuja on 22-23 May 2026 for the commission.",
             nil, "2026-05-22", #line),
        ])
    }

    /// An earlier event's date is never the statement's.
    func testBackgroundDatesAreNotTheStatementsDate() {
        check([
            ("Les deux présidents se sont réunis mardi à Banjul. Ils ont évalué les accords signés lors de la session précédente, tenue à Dakar le 12 mars 2020.",
             nil, nil, #line),
            ("The ministers recalled the conference that had been held on 13 July 2025 in Addis Ababa.", nil, nil, #line),
            ("Réuni samedi 18 février, le conseil a rappelé les conclusions du mini-sommet du 23 novembre 2022.", nil, nil, #line),
            // The Arabic pluperfect ("وكان … أعلن السبت") recalls an earlier announcement.
            ("وكان رئيس الوزراء الإيطالي قد أكد الأحد أن بلاده ستدعم المبادرة.", "2008-07-14", nil, #line),
        ])
    }

    /// A sentence that lists three days or more tells a history of earlier
    /// meetings: none of its dates is the statement's. Two days (a visit's
    /// first and last, a Hijri date and its Gregorian day) are not a history.
    func testASentenceListingThreeDaysIsAHistory() {
        check([
            ("The ministers met in Quito on Wednesday. They recalled the statements adopted at their meetings on 4 May 2019 in Lima, "
             + "on 2 June 2021 in La Paz and on 9 July 2023 in Quito.", nil, nil, #line),
            ("Les ministres se sont réunis à Quito. Ils ont rappelé les déclarations adoptées à Lima le 4 mai 2019, "
             + "à La Paz le 2 juin 2021 et à Quito le 9 juillet 2023.", nil, nil, #line),
            ("اجتمع الوزراء في كيتو. وأكدوا التزامهم بالبيانات الصادرة عن اجتماعاتهم في ليما يوم 4 مايو 2019 "
             + "وفي لاباز يوم 2 يونيو 2021 وفي كيتو يوم 9 يوليو 2023.", nil, nil, #line),
            // A history does not hide the statement's own day in another sentence.
            ("The ministers met in Quito on 3 March 2024. They recalled their meetings on 4 May 2019, 2 June 2021 and 9 July 2023.",
             nil, "2024-03-03", #line),
            // Two days are a visit's span, or one day in two calendars.
            ("The president visited Lima on 7 and 8 February 2019 and signed a joint statement on 8 February 2019.", nil, "2019-02-07", #line),
            ("الرياض 12 جمادى الآخرة 1448 هـ الموافق 22 نوفمبر 2026 م واس", nil, "2026-11-22", #line),
        ])
    }

    /// "ANKARA, Dec 12 - … at a meeting held on December 11": a dateline dates the
    /// dispatch; the day the lead gives its meeting dates the statement.
    func testTheMeetingsDayInTheLeadBeatsTheDatelines() {
        check([
            ("QUITO, March 12, 2026 - The president of Ecuador hosted the prime minister of Peru at a meeting held on "
             + "March 11, 2026 in Quito.\nThe two sides affirmed their commitment to open the border.\n", nil, "2026-03-11", #line),
            ("كيتو 12 مارس 2026: استضاف رئيس الإكوادور رئيس وزراء البيرو في اجتماع عقد يوم 11 مارس 2026 في كيتو\n"
             + "وأكد الجانبان التزامهما بفتح الحدود.\n", nil, "2026-03-11", #line),
            // A date the lead gives something else keeps the dateline's.
            ("QUITO, March 12, 2026 - The two sides, under the accord signed on March 3, 2026, affirmed their commitment "
             + "to open the border.\n", nil, "2026-03-12", #line),
        ])
    }

    /// A report tells of a statement made days before it: a date weeks before
    /// publication is an earlier statement the report recalls, and unknown beats it.
    func testADateWeeksBeforePublicationIsBackground() {
        check([
            ("The follow-up committee met in Nairobi under the declaration adopted on 4 March 2025 and agreed on a timetable.",
             "2025-05-20", nil, #line),
            ("Le comité de suivi, créé par la déclaration du 4 mars 2025, s'est réuni à Nairobi et a adopté un calendrier.",
             "2025-05-20", nil, #line),
            ("اجتمعت لجنة المتابعة المنبثقة عن إعلان 4 مارس 2025 في نيروبي واتفقت على جدول زمني.", "2025-05-20", nil, #line),
            ("The committee created in March 2025 met in Nairobi and agreed on a timetable.", "2025-05-20", nil, #line),
            // Within days of publication, the date is the statement's.
            ("The joint statement was adopted on 14 May 2025 in Nairobi.", "2025-05-20", "2025-05-14", #line),
            ("وصدر البيان المشترك في 18 مايو 2025 في نيروبي.", "2025-05-20", "2025-05-18", #line),
        ])
    }

    /// A date that a participle or a document's "of" ties to a recalled
    /// document is that document's, even with no publication date to measure
    /// the delay by: the statement's own day is its meeting's or unknown.
    func testADateARecalledDocumentCarriesIsBackground() {
        check([
            ("The ministers of Chile and Peru met in Lima. They reaffirmed the Joint Declaration signed in Quito on 14 March 2023.",
             nil, nil, #line),
            ("The two envoys welcomed the principles set out by President Arvo Lind on 3 May 2024 and agreed to meet again.",
             nil, nil, #line),
            ("The committee discussed the proposal of 9 June 2025 and agreed on a timetable.", nil, nil, #line),
            ("The proposal aligns with the principles outlined by President Arvo Lind on 31 May 2024.", nil, nil, #line),
            ("La proposition reprend les principes énoncés par le président Arvo Lind le 31 mai 2024.", nil, nil, #line),
            ("Les deux ministres ont salué la Déclaration de Quito, signée le 14 mars 2023, et ont convenu de se revoir.",
             nil, nil, #line),
            ("Les ministres ont rappelé l'accord du 10 mars 2023 et ont convenu d'un calendrier.", nil, nil, #line),
            ("وأكد الوزيران التزامهما بالاتفاقية الموقعة بتاريخ 19 ديسمبر 2014 بين البلدين.", nil, nil, #line),
            ("وجدد الجانبان دعمهما للمبادرة المعلن عنها في 3 مايو 2024.", nil, nil, #line),
            ("ورحب الطرفان بالقرار الصادر بتاريخ 7 يونيو 2022.", nil, nil, #line),
            // The statement's own act keeps its date: a verb after an auxiliary or before its object.
            ("Les deux ministres ont signé le 11 décembre 2024 une déclaration conjointe à Quito.", nil, "2024-12-11", #line),
            ("The two leaders signed the declaration on 28 October 2024 in Lima.", nil, "2024-10-28", #line),
            ("The joint statement signed in Quito on 10 March 2023 restores relations.", nil, "2023-03-10", #line),
            // A weekday after the participle is the statement's own day.
            ("Dans une déclaration signée lundi, les deux pays ont salué l'accord.", "2026-01-07", "2026-01-05", #line),
            // An earlier event's start, told in a relative clause; a visit's is the statement's first day.
            ("وأكد القادة على ضرورة التهدئة، واعتبار اجتماعات ليما التي بدأت في 6 مايو 2023 بين الأطراف خطوة مهمة.", nil, nil, #line),
            ("The leaders welcomed the Lima talks, which began on 6 May 2023, as an important step.", nil, nil, #line),
            ("The president paid a state visit to Peru, which began on 19 February 2022, and signed a joint statement.",
             nil, "2022-02-19", #line),
            // An explicit date marked past ("dernier", "الماضي") is an earlier event's.
            ("Samedi, le ministre a rappelé la rencontre tenue le 14 décembre dernier à Lima.", nil, nil, #line),
            ("وأشار البيان إلى توصية الاجتماع الوزاري بتاريخ 24 يونيو الماضي.", nil, nil, #line),
        ])
    }

    /// Small shapes of the statement's day: an Arabic span of days with its
    /// joiner glued to the first day is dated by that first day; "this
    /// evening", "ce soir" are today when the publication date is known.
    func testGluedRangesAndThisEvening() {
        check([
            ("قام الرئيس بزيارة دولة إلى بيرو خلال الفترة من 19إلى 21 فيفري 2022.", nil, "2022-02-19", #line),
            ("قام الرئيس بزيارة دولة إلى بيرو خلال الفترة من 19 إلى 21 فيفري 2022.", nil, "2022-02-19", #line),
            ("The Prime Minister spoke to the President of Peru this evening.", "2025-04-06", "2025-04-06", #line),
            ("Le Premier ministre s'est entretenu ce soir avec le président du Pérou.", "2025-04-06", "2025-04-06", #line),
            ("The Prime Minister spoke to the President of Peru this evening.", nil, nil, #line),
        ])
    }

    func testNeverToday() {
        let text = "Both sides agreed to deepen cooperation in trade."
        XCTAssertEqual(TestSupport.extract(text).statement.date, .unknown)
        XCTAssertEqual(TestSupport.extract(text).statement.date.precision, .unknown)
    }
}

/// The Umm al-Qura table of `hijri-months.txt` agrees with Foundation's calendar,
/// day 30 of a 29-day month included.
final class HijriTableTests: XCTestCase {
    func testTableMatchesCalendar() {
        let months = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
        let islamic = Calendar(identifier: .islamicUmmAlQura)
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = islamic.timeZone
        for year in stride(from: 1401, through: 1500, by: 11) {
            for month in 1...12 {
                for day in [1, 29, 30] {
                    let date = islamic.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!
                    let g = gregorian.dateComponents([.year, .month, .day], from: date)
                    let expected = String(format: "%04d-%02d-%02d", g.year!, g.month!, g.day!)
                    let text = "الرياض \(day) \(months[month - 1]) \(year) هـ - أكد المجلس دعمه."
                    XCTAssertEqual(TestSupport.extract(text).statement.date.iso, expected, text)
                }
            }
        }
    }
}
