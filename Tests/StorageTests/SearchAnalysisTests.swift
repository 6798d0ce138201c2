import GRDB
import TextAnalysis
import XCTest
@testable import Storage

/// The `entente` tokenizer through a real FTS5 index shaped like the
/// archive's: an external-content table over a generated column that puts
/// the article's language marker before the text.
final class SearchAnalysisTests: XCTestCase {
    private var dbQueue: DatabaseQueue!

    override func setUpWithError() throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.registerEntenteFullTextSearch() }
        dbQueue = try DatabaseQueue(configuration: configuration)
        try dbQueue.write { db in
            try db.execute(sql: """
                CREATE TABLE commitment (
                    id INTEGER PRIMARY KEY,
                    language TEXT NOT NULL,
                    text TEXT NOT NULL,
                    search_text TEXT GENERATED ALWAYS AS (
                        CASE language WHEN 'ar' THEN char(57345) WHEN 'en' THEN char(57346) ELSE char(57347) END
                        || text) VIRTUAL);
                CREATE VIRTUAL TABLE commitment_fts USING fts5(
                    search_text, content='commitment', content_rowid='id', tokenize='entente');
                """)
        }
    }

    private func index(_ rows: [(language: AnalyzerLanguage, text: String)]) throws -> [Int64] {
        try dbQueue.write { db in
            var ids: [Int64] = []
            for row in rows {
                try db.execute(sql: "INSERT INTO commitment (language, text) VALUES (?, ?)",
                               arguments: [row.language.rawValue, row.text])
                ids.append(db.lastInsertedRowID)
            }
            try db.execute(sql: "INSERT INTO commitment_fts(commitment_fts) VALUES('rebuild')")
            return ids
        }
    }

    private func search(_ query: String) throws -> Set<Int64> {
        try dbQueue.read { db in
            Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM commitment_fts WHERE commitment_fts MATCH ?",
                                   arguments: [query]))
        }
    }

    // MARK: - Pair table

    private struct Pair {
        let query: String
        let text: String
        let language: AnalyzerLanguage
        let shouldMatch: Bool
    }

    private static func ar(_ query: String, _ text: String, _ shouldMatch: Bool = true) -> Pair {
        Pair(query: query, text: text, language: .arabic, shouldMatch: shouldMatch)
    }

    private static func en(_ query: String, _ text: String, _ shouldMatch: Bool = true) -> Pair {
        Pair(query: query, text: text, language: .english, shouldMatch: shouldMatch)
    }

    private static func fr(_ query: String, _ text: String, _ shouldMatch: Bool = true) -> Pair {
        Pair(query: query, text: text, language: .french, shouldMatch: shouldMatch)
    }

    private static let pairs: [Pair] = [
        // Arabic: proclitics, stacked or single
        ar("التعاون", "اتفق الجانبان على تعزيز التعاون في مجال الطاقة"),
        ar("تعاون", "وأكد البلدان التزامهما بالتعاون الوثيق"),
        ar("التعاون", "ودعا إلى مزيد من التعاون والتنسيق"),
        ar("اتفاق", "رحب الوزير وبالاتفاق الذي وقع أمس"),
        ar("سلام", "دعوة وللسلام العادل والشامل"),
        ar("تطوير", "خطة ولتطوير البنية التحتية"),
        ar("تطوير", "وقعت مذكرة لتطوير الموانئ"),
        ar("تنفيذ", "تعهد الطرفان بتنفيذ الاتفاق"),
        ar("شريك", "تعمل الصين كشريك تجاري رئيسي"),
        ar("مصر", "وصل الوفد لمصر صباح اليوم"),
        ar("مصر", "عقد الاجتماع بمصر"),
        ar("والتعاون", "مجالات التعاون الاقتصادي"),
        // Arabic: nisba adjectives and nouns, both ways
        ar("الأردن", "وزارة الخارجية الأردنية"),
        ar("الأردنية", "زار الأردن وفد رسمي"),
        ar("السودان", "الحكومة السودانية أعلنت"),
        ar("السودانية", "الأزمة في السودان"),
        ar("اليمن", "المبعوث الأممي إلى الشعب اليمني"),
        ar("فلسطين", "حقوق الشعب الفلسطيني"),
        ar("باكستان", "الممر الاقتصادي الصيني الباكستاني"),
        ar("تركيا", "الرئيس التركي يستقبل نظيره"),
        // Arabic: plurals, duals, feminine
        ar("اتفاقية", "وقع البلدان عدة اتفاقيات"),
        ar("اتفاقيات", "صادق البرلمان على اتفاقية التجارة"),
        ar("مبادرة", "أطلقت الصين مبادرات جديدة"),
        ar("اقتصاد", "التنمية الاقتصادية المستدامة"),
        ar("الجانب", "اتفق الجانبان على استئناف الحوار"),
        ar("البلد", "العلاقات بين البلدين الشقيقين"),
        ar("الدولة", "حل الدولتين هو الأساس"),
        ar("المسؤول", "التقى المسؤولون في جنيف"),
        ar("حكومة", "أعلنت حكومتها موقفا واضحا"),
        ar("زيارة", "خلال زيارته إلى بكين"),
        ar("البيان", "أكد الطرفان في بيانهما المشترك"),
        ar("بلاد", "أمن بلادنا واستقرارها"),
        // Arabic: hamza seats, alif forms, Persian letters, digits
        ar("شؤون", "وزير شئون الخارجية"),
        ar("مسئول", "قال مسؤول رفيع"),
        ar("إسرائيل", "الاحتلال الاسرائيلي"),
        ar("الامم", "ميثاق الأمم المتحدة"),
        ar("الصين", "سفیر الصین في إسلام أباد"),
        ar("2026", "في عام ٢٠٢٦ للاحتفال"),
        ar("٢٠٢٦", "خطة العمل 2026"),
        ar("۲۰۲۶", "الموازنة لعام 2026"),
        // Arabic: harakat in the query or in the text
        ar("التَّعَاوُن", "تعميق التعاون الأمني"),
        ar("التعاون", "تَعْمِيقُ التَّعَاوُنِ الأَمْنِيِّ"),
        ar("السَّلَام", "عملية السلام في الشرق الأوسط"),
        ar("الإرهاب", "مُكَافَحَةُ الإِرْهَابِ بِحَزْمٍ"),
        // Arabic: phrases and prefixes
        ar("\"الحوار الاستراتيجي\"", "الجولة السابعة من الحوار الاستراتيجي بين الوزيرين"),
        ar("\"الاستراتيجي الحوار\"", "الجولة السابعة من الحوار الاستراتيجي بين الوزيرين", false),
        ar("\"مبادرة الحزام والطريق\"", "التعاون في إطار مبادرة الحزام والطريق بين البلدين"),
        ar("\"الحوار في بكين\"", "بعد الحوار في بكين أمس"),
        ar("تعاو*", "تعزيز التعاون المالي"),
        ar("اتفاق*", "وقعت اتفاقيات عدة"),
        ar("استراتيج*", "الشراكة الاستراتيجية الشاملة"),
        ar("التعاو*", "والتعاون في القطاع المصرفي"),
        ar("التعاون AND الإرهاب", "تعميق التعاون الأمني ومكافحة الإرهاب"),
        ar("التعاون NOT الإرهاب", "تعميق التعاون الأمني ومكافحة الإرهاب", false),
        ar("التعاون في", "تعزيز التعاون مع الجيران"),
        // Arabic: words the lexicon does not know, whose first letter may be a proclitic
        ar("بترول", "ارتفاع أسعار البترول"),
        ar("البترول", "صادرات بترول العراق"),
        ar("الكونغرس", "أقر كونغرس الولايات المتحدة"),
        ar("كونغرس", "وافق الكونغرس على المشروع"),
        // Arabic: words that must stay apart
        ar("جنة", "اجتمعت اللجنة المشتركة", false),
        ar("لجنة", "وعد المؤمنين بالجنة", false),
        ar("فد", "وصل وفد رفيع المستوى", false),
        ar("حر", "التوتر في بحر الصين الجنوبي", false),
        ar("لمة", "ألقى الوزير كلمة في الافتتاح", false),
        ar("لبن", "الوضع في لبنان", false),
        ar("ضم", "قدم الضمانات اللازمة", false),
        ar("الأم", "الأمة العربية", false),
        ar("حدة", "الوحدة الوطنية", false),
        ar("عمل", "استقرار العملة الوطنية", false),
        ar("الحرية", "القوات البحرية", false),
        ar("البحر", "مملكة البحرين", false),
        ar("على", "التقى علي بالوزير", false),
        // English
        en("cooperation", "The two sides agreed to cooperate on security"),
        en("cooperate", "Deepening cooperation in mining"),
        en("agreement", "They signed three agreements"),
        en("agreements", "The agreement enters into force"),
        en("strategic", "a strategic partnership"),
        en("Pakistan", "Pakistan's support for China"),
        en("\"strategic dialogue\"", "the seventh round of the Strategic Dialogue in Beijing"),
        en("\"dialogue strategic\"", "the seventh round of the Strategic Dialogue in Beijing", false),
        en("coop*", "cooperation in finance"),
        en("invest*", "investments and trade"),
        en("terrorism", "counter-terrorism cooperation"),
        en("2026", "events in 2026"),
        en("cooperation", "coordination on Afghanistan", false),
        en("TRADE", "trade and investment"),
        // French
        fr("coopération", "les coopérations économiques"),
        fr("cooperation", "la coopération bilatérale"),
        fr("économique", "les relations économiques"),
        fr("accord", "l'accord de paix"),
        fr("accord", "l’accord signé"),
        fr("investissement", "un fonds d'investissement"),
        fr("investissement", "d’investissements étrangers"),
        fr("\"l'accord\"", "un accord historique"),
        fr("française", "la diplomatie française"),
        fr("français", "le gouvernement français"),
        fr("nationale", "la sécurité nationale"),
        fr("internationaux", "partenaires internationaux"),
        fr("européenne", "l'Union européenne"),
        fr("coop*", "la coopération spatiale"),
        fr("\"couloir économique\"", "le couloir économique Chine-Pakistan"),
        fr("\"économique couloir\"", "le couloir économique Chine-Pakistan", false),
        fr("president", "le président chinois"),
        fr("paix", "la guerre", false),
    ]

    func testQueriesMatchTheTextsTheyShouldAndOnlyThose() throws {
        let pairs = Self.pairs
        XCTAssertGreaterThanOrEqual(pairs.count, 80)
        let ids = try index(pairs.map { ($0.language, $0.text) })
        var failures: [String] = []
        for (pair, id) in zip(pairs, ids) {
            let matched = try search(pair.query).contains(id)
            if matched != pair.shouldMatch {
                failures.append("\(pair.query) \(pair.shouldMatch ? "missed" : "matched") «\(pair.text)»")
            }
        }
        XCTAssertEqual(failures, [], "\(pairs.count - failures.count)/\(pairs.count) pairs behave")
    }

    // MARK: - Seed article

    private static var seedURL: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()   // StorageTests
            .deletingLastPathComponent()   // Tests
            .deletingLastPathComponent()   // package root
            .deletingLastPathComponent()   // its parent
            .appendingPathComponent("shared/seed/cn-pk-strategic-dialogue-7.ar.txt")
    }

    func testSeedArticleSearchesFindEveryParagraphWithTheWordInAnyForm() throws {
        let text = try String(contentsOf: Self.seedURL, encoding: .utf8)
        let paragraphs = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        XCTAssertGreaterThan(paragraphs.count, 10)
        let ids = try index(paragraphs.map { (.arabic, $0) })
        // The oracle: paragraphs holding the word's letters anywhere, whatever
        // clitics and endings surround them (الباكستاني, وباكستان, لباكستان…).
        let cases: [(query: String, letters: String)] = [
            ("التعاون", "تعاون"), ("الإرهاب", "إرهاب"), ("باكستان", "باكستان"), ("الاستراتيجي", "استراتيجي"),
        ]
        for (query, letters) in cases {
            let expected = Set(zip(paragraphs, ids).filter { $0.0.contains(letters) }.map(\.1))
            XCTAssertFalse(expected.isEmpty, query)
            XCTAssertEqual(try search(query), expected, query)
        }
    }

    // MARK: - Snippets

    func testHighlightsAndSnippetsShowTheOriginalVocalisedText() throws {
        let vocalised = "وَقَّعَ البَلَدَانِ اتِّفَاقِيَّةً لِتَعْزِيزِ التَّعَاوُنِ الأَمْنِيِّ"
        let ids = try index([(.arabic, vocalised), (.french, "L’accord de coopération économique")])
        let highlighted = try dbQueue.read { db in
            try String.fetchOne(db, sql: """
                SELECT highlight(commitment_fts, 0, '[', ']') FROM commitment_fts
                WHERE commitment_fts MATCH ? AND rowid = ?
                """, arguments: ["تعاون", ids[0]])
        }
        XCTAssertEqual(highlighted.map(SearchAnalyzer.removingMarkers), "وَقَّعَ البَلَدَانِ اتِّفَاقِيَّةً لِتَعْزِيزِ [التَّعَاوُنِ] الأَمْنِيِّ")
        let snippet = try dbQueue.read { db in
            try String.fetchOne(db, sql: """
                SELECT snippet(commitment_fts, 0, '<', '>', '…', 4) FROM commitment_fts
                WHERE commitment_fts MATCH ? AND rowid = ?
                """, arguments: ["economique", ids[1]])
        }
        XCTAssertEqual(snippet.map(SearchAnalyzer.removingMarkers).map { $0.contains("<économique>") }, true, snippet ?? "nil")
    }
}
