import XCTest
@testable import TextAnalysis

final class FrenchStemmerTests: XCTestCase {
    func testInflectedFormsMeet() {
        let groups: [[String]] = [
            ["coopération", "coopérations", "cooperation"],
            ["économique", "économiques", "économiquement"],
            ["national", "nationale", "nationaux", "nationales"],
            ["européen", "européenne", "européens", "européennes"],
            ["français", "française", "françaises"],
            ["officiel", "officielle", "officiels"],
            ["accord", "accords"],
            ["investissement", "investissements"],
            ["négatif", "négative", "négatifs"],
            ["président", "présidents", "president"],
        ]
        for group in groups {
            XCTAssertEqual(Set(group.map(FrenchStemmer.stem)).count, 1, "\(group) → \(group.map(FrenchStemmer.stem))")
        }
    }

    func testDifferentWordsStayApart() {
        let pairs: [(String, String)] = [("paix", "pays"), ("accord", "accès"), ("sécurité", "sécuritaire"), ("chine", "chinois")]
        for (a, b) in pairs {
            XCTAssertNotEqual(FrenchStemmer.stem(a), FrenchStemmer.stem(b), "\(a) / \(b)")
        }
    }

    /// Plurals and forms the rules alone do not reach, and the -aux plurals
    /// they do (`Lexicons/french-irregular-forms.txt`).
    static let irregularGroups: [[String]] = [
        ["journal", "journaux"], ["général", "généraux", "générale"], ["international", "internationaux"],
        ["principal", "principaux"], ["égal", "égaux"], ["social", "sociaux"], ["régional", "régionaux"],
        ["fédéral", "fédéraux"], ["canal", "canaux"], ["hôpital", "hôpitaux"], ["signal", "signaux"],
        ["travail", "travaux"], ["bail", "baux"], ["vitrail", "vitraux"], ["corail", "coraux"],
        ["émail", "émaux"], ["œil", "yeux", "oeil"], ["ciel", "cieux"],
        ["nouveau", "nouveaux", "nouvel", "nouvelle", "nouvelles"], ["beau", "beaux", "bel", "belle"],
        ["vieux", "vieil", "vieille", "vieilles"], ["bureau", "bureaux"], ["niveau", "niveaux"],
        ["enjeu", "enjeux"], ["lieu", "lieux"], ["détail", "détails"],
    ]

    static let irregularMustDiffer: [(String, String)] = [
        ("yeux", "jeux"), ("travaux", "travers"), ("baux", "beau"), ("bail", "bal"), ("canal", "canard"),
        ("principal", "principe"), ("social", "société"), ("travail", "travailleur"), ("vieux", "vie"),
        ("nouvelle", "nouer"), ("belle", "bell"), ("cieux", "cire"),
    ]

    func testIrregularPluralsMeetTheirSingulars() {
        var failures: [String] = []
        for group in Self.irregularGroups where Set(group.map(FrenchStemmer.stem)).count != 1 {
            failures.append(group.map { "\($0)→\(FrenchStemmer.stem($0))" }.joined(separator: " "))
        }
        XCTAssertEqual(failures, [], "\(Self.irregularGroups.count - failures.count)/\(Self.irregularGroups.count) meet")
        for (a, b) in Self.irregularMustDiffer {
            XCTAssertNotEqual(FrenchStemmer.stem(a), FrenchStemmer.stem(b), "\(a) / \(b)")
        }
    }

    func testStemsAreAccentFree() {
        XCTAssertEqual(FrenchStemmer.stem("économique"), "economiqu")
        XCTAssertEqual(FrenchStemmer.stem("coopérations"), "cooperation")
        XCTAssertEqual(FrenchStemmer.stem("été"), "ete")
    }
}
