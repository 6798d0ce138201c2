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
                        CASE language \(Self.markerCases) END || text) VIRTUAL);
                CREATE VIRTUAL TABLE commitment_fts USING fts5(
                    search_text, content='commitment', content_rowid='id', tokenize='entente');
                """)
        }
    }

    /// The schema's choice of language marker, written from ``AnalyzerLanguage/marker``.
    private static let markerCases = AnalyzerLanguage.allCases
        .map { "WHEN '\($0.rawValue)' THEN char(\($0.marker.value))" }.joined(separator: " ")

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
        let failures = try misbehaving(pairs)
        XCTAssertEqual(failures, [], "\(pairs.count - failures.count)/\(pairs.count) pairs behave")
    }

    // MARK: - Broken plurals, Porter2, spelling variants, French plurals

    /// Issue 15's classes, each both ways where it should match: Arabic
    /// broken plurals and their singulars (and look-alikes that must stay
    /// apart), English irregular plurals, British and American spellings and
    /// Porter2's separations, French -aux/-eaux plurals and elisions.
    private static let secondRoundPairs: [Pair] = [
        // Arabic: broken plural in the query, singular in the text
        ar("المشاريع", "أطلق البلدان مشروعا للربط الكهربائي"),
        ar("القضايا", "بحث الجانبان القضية الفلسطينية"),
        ar("المبادئ", "التزام الطرفين بمبدأ عدم التدخل"),
        ar("الشعوب", "تطلعات الشعب السوري"),
        ar("الوزراء", "استقبل الرئيس وزير الخارجية"),
        ar("المناطق", "الوضع في المنطقة العازلة"),
        ar("السفراء", "استدعت الوزارة السفير"),
        ar("الأراضي", "احترام وحدة الأرض وسلامتها"),
        ar("الدول", "دعم الدولة الفلسطينية"),
        ar("الحقوق", "حق الشعوب في تقرير المصير"),
        ar("الأسلحة", "حظر نقل السلاح إلى المنطقة"),
        ar("المدن", "إعادة إعمار المدينة القديمة"),
        ar("الوثائق", "وقع الطرفان وثيقة التعاون"),
        ar("القوانين", "أقر البرلمان القانون الجديد"),
        ar("الأسواق", "فتح السوق أمام الصادرات"),
        ar("البنوك", "قرض من بنك التنمية"),
        ar("الموانئ", "تطوير ميناء جوادر"),
        ar("الشؤون", "في هذا الشأن أكد الوزير"),
        ar("الأمم", "دور الأمة العربية"),
        ar("الضحايا", "تعويض كل ضحية"),
        ar("الجنود", "مقتل جندي في الهجوم"),
        ar("اللجان", "اجتماع اللجنة المشتركة"),
        ar("الوفود", "وصل الوفد الصيني"),
        ar("الأطفال", "حماية كل طفل"),
        ar("المواثيق", "احترام الميثاق الأممي"),
        // Arabic: singular in the query, broken plural in the text
        ar("مشروع", "تنفيذ المشاريع المشتركة"),
        ar("قضية", "بحث القضايا الإقليمية"),
        ar("مبدأ", "على أساس المبادئ المتفق عليها"),
        ar("شعب", "لصالح الشعوب الشقيقة"),
        ar("وزير", "اجتماع وزراء الخارجية العرب"),
        ar("منطقة", "الاستقرار في مناطق النزاع"),
        ar("سفير", "اجتماع مع سفراء الاتحاد الأوروبي"),
        ar("أرض", "الانسحاب من الأراضي المحتلة"),
        ar("قضيه", "القضايا العالقة بين البلدين"),
        ar("الدولة", "قادة دول المنطقة"),
        ar("سلاح", "تهريب أسلحتهم عبر الحدود"),
        ar("قائد", "قمة القادة في الرياض"),
        ar("المصلحة", "بما يخدم مصالحهما المشتركة"),
        ar("خطة", "وضع خطط التنمية"),
        ar("حرب", "ويلات الحروب والنزاعات"),
        ar("برنامج", "دعم برامج التدريب"),
        ar("شرط", "وفق شروط الاتفاق"),
        ar("ميناء", "ربط موانئ البلدين"),
        ar("جزيرة", "السيادة على الجزر الثلاث"),
        ar("أسبوع", "خلال الأسابيع المقبلة"),
        // Arabic: look-alikes that must stay apart
        ar("المدني", "إعادة إعمار المدن", false),
        ar("المدن", "المجتمع المدني", false),
        ar("الأسرة", "تبادل الأسر", false),
        ar("العمال", "العوامل الاقتصادية", false),
        ar("الأديان", "تخفيف الديون", false),
        ar("الأوامر", "الأمور الإقليمية", false),
        ar("الأملاك", "الملوك والرؤساء", false),
        ar("فرق", "فريق العمل", false),
        ar("العلماء", "العالم العربي", false),
        ar("الكتاب", "كتب الوزير رسالة", false),
        ar("أسهم", "ارتفاع سعر السهم", false),
        ar("الطقوس", "حالة الطقس", false),
        ar("الجرحى", "جرح عميق", false),
        ar("كراسي", "رأس المال", false),
        ar("الأبنية", "ابن الرئيس", false),
        ar("مناطق", "منطق القوة", false),
        // English: irregular plurals
        en("crisis", "the crises in the region"),
        en("crises", "a humanitarian crisis"),
        en("analysis", "joint analyses of the data"),
        en("criterion", "the criteria for membership"),
        en("criteria", "a single criterion"),
        en("phenomenon", "phenomena such as drought"),
        en("child", "the protection of children"),
        en("children", "every child in school"),
        en("woman", "the rights of women"),
        en("men", "a man was arrested"),
        en("spokesman", "the spokesmen of both ministries"),
        en("memorandum", "the memoranda signed today"),
        en("life", "the loss of lives"),
        en("hypothesis", "hypotheses were tested"),
        // English: British and American spellings
        en("organization", "the organisation of the summit"),
        en("organise", "they organized the talks"),
        en("defense", "the defence ministers"),
        en("defence", "a defense pact"),
        en("center", "the centre for dialogue"),
        en("centre", "a new trade center"),
        en("labor", "labour rights"),
        en("honour", "in honor of the victims"),
        en("neighbor", "neighbouring countries"),
        en("program", "the development programme"),
        en("programme", "the nuclear program"),
        en("recognize", "both sides recognised the border"),
        en("prioritise", "to prioritize trade"),
        en("mobilization", "the mobilisation of resources"),
        en("catalogue", "a catalog of measures"),
        en("counselor", "the embassy counsellor"),
        en("travelled", "the minister traveled to Rabat"),
        en("license", "an export licence"),
        en("offence", "an offense under the law"),
        en("theatre", "the theater of operations"),
        en("behavior", "responsible behaviour"),
        en("favour", "they voted in favor"),
        en("analyze", "experts analysed the data"),
        en("stabilization", "the stabilisation force"),
        en("judgment", "the court's judgement"),
        // English: words Porter2 keeps apart
        en("general", "a generous offer", false),
        en("generous", "the general assembly", false),
        en("new", "the latest news", false),
        en("university", "the universe", false),
        en("universe", "the university of Rabat", false),
        en("emergency", "new powers emerge", false),
        en("emerge", "a state of emergency", false),
        en("organ", "the organization of the vote", false),
        en("communication", "the international community", false),
        en("bases", "on the basis of", false),
        en("media", "a medium-term plan", false),
        en("people", "a person of interest", false),
        en("lateral", "later this year", false),
        en("news", "a new agreement", false),
        fr("principal", "le principe de précaution", false),
        // French: plurals the rules used to miss or spoil
        fr("travail", "les travaux du comité"),
        fr("travaux", "le travail accompli"),
        fr("bureau", "les bureaux régionaux"),
        fr("bureaux", "le bureau politique"),
        fr("niveau", "à tous les niveaux"),
        fr("nouveau", "une nouvelle étape"),
        fr("nouvel", "de nouveaux accords"),
        fr("oeil", "sous les yeux du monde"),
        fr("journal", "les journaux officiels"),
        fr("général", "les secrétaires généraux"),
        fr("international", "les observateurs internationaux"),
        fr("principal", "les principaux partenaires"),
        fr("social", "les acquis sociaux"),
        fr("régional", "les conseils régionaux"),
        fr("bail", "les baux commerciaux"),
        fr("enjeu", "les enjeux sécuritaires"),
        // French: elisions with both apostrophes, accents
        fr("accord", "jusqu'à l’accord final"),
        fr("union", "lorsqu’elle a rejoint l'Union"),
        fr("engagement", "puisqu'aucun engagement n'a été pris"),
        fr("aide", "qu’aide la communauté"),
        fr("économie", "d’économie verte"),
        fr("Élysée", "à l'élysée"),
        fr("sécurité", "la securite alimentaire"),
        fr("travaux", "travers le désert", false),
        fr("yeux", "les jeux olympiques", false),
        fr("baux", "un beau geste", false),
        fr("canal", "le canard enchaîné", false),
        fr("égaux", "une église romane", false),
        fr("social", "la société civile", false),
    ]

    func testSecondRoundPairsBehave() throws {
        let pairs = Self.secondRoundPairs
        XCTAssertGreaterThanOrEqual(pairs.count, 120)
        let failures = try misbehaving(pairs)
        let matches = pairs.filter(\.shouldMatch).count
        XCTAssertEqual(failures, [], "\(pairs.count - failures.count)/\(pairs.count) pairs behave (\(matches) must match)")
    }

    /// Indexes each pair's text and searches its query: the pairs whose match is not the expected one.
    private func misbehaving(_ pairs: [Pair]) throws -> [String] {
        let ids = try index(pairs.map { ($0.language, $0.text) })
        return try zip(pairs, ids).compactMap { pair, id in
            try search(pair.query).contains(id) == pair.shouldMatch
                ? nil : "\(pair.query) \(pair.shouldMatch ? "missed" : "matched") «\(pair.text)»"
        }
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
        XCTAssertEqual(highlighted.map(AnalyzerLanguage.removingMarkers), "وَقَّعَ البَلَدَانِ اتِّفَاقِيَّةً لِتَعْزِيزِ [التَّعَاوُنِ] الأَمْنِيِّ")
        let snippet = try dbQueue.read { db in
            try String.fetchOne(db, sql: """
                SELECT snippet(commitment_fts, 0, '<', '>', '…', 4) FROM commitment_fts
                WHERE commitment_fts MATCH ? AND rowid = ?
                """, arguments: ["economique", ids[1]])
        }
        XCTAssertEqual(snippet.map(AnalyzerLanguage.removingMarkers).map { $0.contains("<économique>") }, true, snippet ?? "nil")
    }
}
