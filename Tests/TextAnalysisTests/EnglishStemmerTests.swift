import XCTest
@testable import TextAnalysis

final class EnglishStemmerTests: XCTestCase {
    func testPorter2StemsMatchTheAlgorithm() {
        // Expected stems follow the published Porter2 rules step by step.
        let table: [(word: String, stem: String)] = [
            ("caresses", "caress"), ("ponies", "poni"), ("ties", "tie"), ("cries", "cri"), ("cats", "cat"),
            ("gas", "gas"), ("gaps", "gap"), ("kiwis", "kiwi"), ("feed", "feed"), ("agreed", "agre"),
            ("plastered", "plaster"), ("motoring", "motor"), ("sing", "sing"), ("conflated", "conflat"),
            ("hopping", "hop"), ("hoping", "hope"), ("falling", "fall"), ("filing", "file"), ("happy", "happi"),
            ("relational", "relat"), ("conditional", "condit"), ("digitizer", "digit"), ("operator", "oper"),
            ("triplicate", "triplic"), ("hopeful", "hope"), ("goodness", "good"), ("revival", "reviv"),
            ("allowance", "allow"), ("adjustment", "adjust"), ("adoption", "adopt"), ("controll", "control"),
            ("roll", "roll"), ("consign", "consign"), ("consigned", "consign"), ("consignment", "consign"),
            ("consistency", "consist"), ("consistently", "consist"), ("consolation", "consol"),
            ("console", "consol"), ("knackeries", "knackeri"), ("kneeled", "kneel"), ("fluently", "fluentli"),
            ("luxuriating", "luxuri"), ("cooperation", "cooper"), ("cooperate", "cooper"),
            ("cooperative", "cooper"), ("agreements", "agreement"), ("strategic", "strateg"),
            ("investments", "invest"), ("terrorism", "terror"), ("is", "is"), ("by", "by"), ("say", "say"),
            ("cry", "cri"), ("youth", "youth"), ("enjoying", "enjoy"),
            // R1 after gener, commun, arsen, past, univers, later, emerg, organ
            ("generalization", "general"), ("general", "general"), ("generous", "generous"),
            ("generously", "generous"), ("communication", "communic"), ("community", "communiti"),
            ("arsenal", "arsenal"), ("university", "universiti"), ("universe", "univers"),
            ("emergency", "emergenc"), ("emerge", "emerg"), ("organ", "organ"), ("organization", "organiz"),
            ("lateral", "lateral"), ("later", "later"),
        ]
        for (word, stem) in table {
            XCTAssertEqual(EnglishStemmer.porter2(word), stem, word)
        }
    }

    func testPorter2SpecialWords() {
        let table: [(word: String, stem: String)] = [
            ("skis", "ski"), ("skies", "sky"), ("dying", "die"), ("lying", "lie"), ("tying", "tie"),
            ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"), ("early", "earli"), ("only", "onli"),
            ("singly", "singl"), ("sky", "sky"), ("news", "news"), ("howe", "howe"), ("atlas", "atlas"),
            ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"), ("inning", "inning"),
            ("innings", "inning"), ("outing", "outing"), ("outings", "outing"), ("canning", "canning"),
            ("herring", "herring"), ("earrings", "earring"), ("proceed", "proceed"), ("exceed", "exceed"),
            ("succeed", "succeed"),
        ]
        for (word, stem) in table {
            XCTAssertEqual(EnglishStemmer.porter2(word), stem, word)
        }
    }

    /// Forms of one word: irregular plurals, British and American spellings.
    static let mustMeet: [[String]] = [
        ["cooperation", "cooperate", "cooperated", "cooperating"],
        ["agreement", "agreements"], ["negotiation", "negotiations", "negotiate"],
        ["partner", "partners"], ["investment", "investments"],
        ["crisis", "crises"], ["analysis", "analyses"], ["thesis", "theses"], ["hypothesis", "hypotheses"],
        ["criterion", "criteria"], ["phenomenon", "phenomena"], ["memorandum", "memoranda"],
        ["referendum", "referenda"], ["moratorium", "moratoria"], ["man", "men"], ["woman", "women"],
        ["child", "children"], ["foot", "feet"], ["tooth", "teeth"], ["mouse", "mice"], ["life", "lives"],
        ["wife", "wives"], ["half", "halves"], ["leaf", "leaves"], ["spokesman", "spokesmen"], ["chairman", "chairmen"],
        ["gunman", "gunmen"], ["stimulus", "stimuli"], ["nucleus", "nuclei"], ["index", "indices"],
        ["organise", "organize", "organised", "organized", "organisation", "organization", "organising"],
        ["recognise", "recognize", "recognised", "recognising"], ["realise", "realize", "realised"],
        ["prioritise", "prioritize"], ["mobilisation", "mobilization"], ["stabilise", "stabilize"],
        ["normalisation", "normalization"], ["privatisation", "privatization"], ["modernise", "modernize"],
        ["criticise", "criticize"], ["analyse", "analyze", "analysed", "analyzed"],
        ["labour", "labor"], ["honour", "honor", "honourable", "honorable"], ["favour", "favor"],
        ["favourite", "favorite"], ["neighbour", "neighbor", "neighbours"], ["neighbourhood", "neighborhood"],
        ["behaviour", "behavior"], ["colour", "color"], ["harbour", "harbor"], ["endeavour", "endeavor"],
        ["defence", "defense", "defences"], ["offence", "offense"], ["licence", "license"],
        ["centre", "center", "centres", "centers"], ["theatre", "theater"], ["kilometre", "kilometer"],
        ["travelled", "traveled", "travelling", "traveling"], ["counsellor", "counselor"],
        ["councillor", "councilor"], ["programme", "program", "programmes", "programs"],
        ["catalogue", "catalog"], ["dialogue", "dialog"], ["judgement", "judgment"],
        ["acknowledgement", "acknowledgment"], ["sceptical", "skeptical"], ["grey", "gray"],
        ["manoeuvre", "maneuver"], ["fulfil", "fulfill"], ["enrolment", "enrollment"],
    ]

    /// Words that must keep different stems.
    static let mustDiffer: [(String, String)] = [
        ("general", "generous"), ("news", "new"), ("university", "universe"), ("emergency", "emerge"),
        ("organ", "organization"), ("communication", "community"), ("arsenal", "arsenic"),
        ("lateral", "later"), ("skies", "ski"), ("inning", "inn"), ("bases", "basis"), ("media", "medium"),
        ("people", "person"), ("tyre", "tire"), ("cheque", "check"), ("storey", "story"),
        ("defence", "defiance"), ("proceed", "process"), ("succeed", "success"), ("exceed", "excess"),
        ("cooperation", "coordination"), ("policy", "police"), ("marine", "marina"), ("early", "earl"),
    ]

    func testFormsOfOneWordMeet() {
        var failures: [String] = []
        for group in Self.mustMeet where Set(group.map(EnglishStemmer.stem)).count != 1 {
            failures.append(group.map { "\($0)→\(EnglishStemmer.stem($0))" }.joined(separator: " "))
        }
        XCTAssertEqual(failures, [], "\(Self.mustMeet.count - failures.count)/\(Self.mustMeet.count) meet")
    }

    func testDifferentWordsStayApart() {
        var failures: [String] = []
        for (a, b) in Self.mustDiffer where EnglishStemmer.stem(a) == EnglishStemmer.stem(b) {
            failures.append("\(a) = \(b) → \(EnglishStemmer.stem(a))")
        }
        XCTAssertEqual(failures, [], "\(Self.mustDiffer.count - failures.count)/\(Self.mustDiffer.count) apart")
    }

    /// A British spelling's stem must not be the stem of some American
    /// word of the list other than its own pair.
    func testSpellingStemsDoNotFallOnOtherWords() {
        let lexicon = EnglishLexicon.shared
        let americanStems = Set(lexicon.spellingStems.values)
        let clashes = lexicon.spellingStems.keys.filter { americanStems.contains($0) }
            .map { String(decoding: $0, as: UTF8.self) }
        XCTAssertEqual(clashes, [])
        XCTAssertGreaterThanOrEqual(lexicon.spellingStems.count, 120)
        XCTAssertGreaterThanOrEqual(lexicon.irregularForms.count, 60)
    }
}
