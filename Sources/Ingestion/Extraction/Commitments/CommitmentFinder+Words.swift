import Model
import TextAnalysis

/// The word classes and marks a sentence's structure is read by. The words
/// are data, in `clause-words.txt`; the marks and endings are the scripts' own.
extension CommitmentFinder {
    /// `clause-words.txt`, read once: its classes by name.
    static let clauseWordClasses = LexiconFile.wordClasses("clause-words.txt")

    /// One class of `clause-words.txt`. A class the file lacks is a build mistake.
    static func clauseWords(_ name: String) -> FoldedWordSet {
        guard let words = clauseWordClasses[name] else { preconditionFailure("clause-words.txt has no class \(name)") }
        return words
    }

    /// Words after which a bare masdar is governed, not a verb.
    static let arabicGoverning = clauseWords("arabicGoverning")

    /// Honorifics before a title ("وأكد سمو وزير الخارجية").
    static let honorifics = clauseWords("honorifics")

    /// Pronoun-like subjects standing for the last speaker ("ودعا سموه").
    static let arabicPronouns = clauseWords("arabicPronouns")

    /// "that he", "that she" before a verb: the one who said it is its subject.
    static let complementPronouns = clauseWords("complementPronouns")

    /// Arabic "was" (كان and its agreements) and سبق ("had already"): before a past verb
    /// ("وكانت الأطراف قد أعلنت", "وسبق أن رحبت") they put it before the article's own events.
    /// قد alone is no marker: "وقد أكد الجانبان" is this statement's perfect.
    static let arabicPastAuxiliaries = clauseWords("arabicPastAuxiliaries")

    /// The pluperfect's auxiliaries in English and French: "had agreed", "avaient convenu".
    static let latinPastAuxiliaries = clauseWords("latinPastAuxiliaries")

    /// French pluperfect with être: "s'étaient engagés", "étaient convenus".
    static let frenchBeAuxiliaries = clauseWords("frenchBeAuxiliaries")

    /// Endings of a French past participle, which follows être in the pluperfect.
    static let frenchParticipleEndings: [String] = ["e", "es", "ee", "ees", "u", "us", "ue", "ues", "is", "it"]

    /// Words of a state's formal name: "دولة الكويت", "جمهورية العراق".
    static let stateWords = clauseWords("stateWords")

    /// Endings no imperfect verb takes: ة/ه, possessives, feminine plural.
    static let nounEndings: [String] = ["ه", "ها", "هم", "هما", "ات", "اء"].map(WordAnalysis.fold)

    /// Words that open a new clause before its verb: "كما أكد", "فيما نوهت فرنسا".
    static let arabicClauseOpeners = clauseWords("arabicClauseOpeners")
    static let coordinatedPrepositions = clauseWords("coordinatedPrepositions")
    static let possessives = WordSet(["ه", "ها", "هما", "هم", "هن", "نا", "كم"])

    /// Whether a reading's suffix is a possessive (by key: a `Set<String>` normalised the Arabic suffix to hash it).
    static func isPossessive(_ suffix: String) -> Bool { possessives.contains(WordKey(suffix)) }
    static let latinNonFinite = clauseWords("latinNonFinite")
    static let determinersBeforeNouns = clauseWords("determinersBeforeNouns")
    static let subjectNouns = clauseWords("subjectNouns")
    static let separatorsLatin = clauseWords("separatorsLatin")
    static let commas: MarkSet = [",", "،", ";", "؛", ":"]
    static let hyphens: MarkSet = ["-", "‑", "–"]
    static let dashes: MarkSet = ["-", "–", "—"]
    static let rangeMarks: MarkSet = ["-", "–", "—", "/"]
    static let negators = clauseWords("negators")

    /// Read at every token of every clause: keys, not Strings, which hash and compare Arabic by normalising it.
    static let conditionals = clauseWords("conditionals")
    static let commitmentStems = clauseWords("commitmentStems")
    static let prepositionsLatin = clauseWords("prepositionsLatin")
    static let agreementVerbs = clauseWords("agreementVerbs")
    static let arabicPrepositions = clauseWords("arabicPrepositions")
    static let pronouns = clauseWords("pronouns")

    /// "…," he said": one person, the last named before the quotation.
    static let personPronouns = clauseWords("personPronouns")

    /// "They urged…", "Ils ont rejeté…": the makers of the statement together.
    static let pluralPronouns = clauseWords("pluralPronouns")

    /// "أكد أن بلاده ستواصل…": the speaker's own side named by a possessed noun.
    static let ownSides = clauseWords("ownSides")

    // Small word lists of the look-arounds, asked through the words' keys (see `FoldedWordSet`).
    static let waw = clauseWords("waw")
    static let pas = clauseWords("pas")
    static let andEt = clauseWords("andEt")
    static let andEtWaw = clauseWords("andEtWaw")
    static let namesJoiners = clauseWords("namesJoiners")
    static let complementisers = clauseWords("complementisers")
    static let toA = clauseWords("toA")
    static let determinersBeforeNames = clauseWords("determinersBeforeNames")

    /// A determiner before a name ("la Côte d'Ivoire", "de l’Équateur"): the word
    /// list's, or an elision's apostrophe, typographic (’) as well as straight (a
    /// mark is asked as written, and the list's words are folded).
    func isDeterminerBeforeName(_ k: Int) -> Bool {
        Self.determinersBeforeNames.contains(k, in: document) || Self.apostrophes.contains(document.tokens[k].surface)
    }
    static let determinersBeforeTitles = clauseWords("determinersBeforeTitles")
    static let openingPrepositions = clauseWords("openingPrepositions")
    static let documentNouns = clauseWords("documentNouns")
    static let articlesLatin = clauseWords("articlesLatin")
    static let ofLatin = clauseWords("ofLatin")
    static let englishNegators = clauseWords("englishNegators")
    static let possessors = clauseWords("possessors")
    static let locatives = clauseWords("locatives")
    static let actionPrepositions = clauseWords("actionPrepositions")

    /// "his Russian counterpart", "son homologue": words between "and" and the other official's name.
    static let counterpartPhrase = clauseWords("counterpartPhrase")

    /// An Arabic perfect's endings in the dual: شددا، أكدتا.
    static let dualEndings: Set<String> = ["ا", "تا"]

    /// An Arabic verb's endings in the plural: يطالبون، دعوا. Arabic inflects a verb for
    /// number only when its subject came before it, so the noun after such a verb is its object.
    static let pluralVerbEndings = clauseWords("pluralVerbEndings")
    static let personalPronouns = clauseWords("personalPronouns")

    /// Avoir and être before an adverb and a past participle: "a notamment salué".
    static let frenchAuxiliaries = clauseWords("frenchAuxiliaries")
    /// Object pronouns between a French subject and its verb: "La France s'en tiendra".
    static let frenchClitics = clauseWords("frenchClitics")
    /// The marks of an infinitive: "to reaffirm", "de renforcer", "d'appeler".
    static let infinitiveMarkers = clauseWords("infinitiveMarkers")

    /// "with": the companion of a meeting or a call, who is not its subject.
    static let companionWords = clauseWords("companionWords")
    /// Arabic "with" before a masdar that adds a stance: "مع الإشادة".
    static let arabicWith = clauseWords("arabicWith")
    /// Adjectives between a determiner and a stance noun: "their full support", "the repeated calls".
    static let stanceAdjectives = clauseWords("stanceAdjectives")
    /// The auxiliaries of an impersonal passive: "تم الاتفاق", "it was agreed", "il a été convenu".
    static let passiveAuxiliaries = clauseWords("passiveAuxiliaries")
    /// The impersonal subjects of such a passive: "it", "il".
    static let impersonalSubjects = clauseWords("impersonalSubjects")
}
