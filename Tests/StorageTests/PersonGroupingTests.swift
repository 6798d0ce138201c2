import Model
import XCTest
@testable import Storage

/// `show`'s persons: one entry per official, with the names each report used.
final class PersonGroupingTests: XCTestCase {
    typealias P = PersonGrouping.StoredPerson

    private func person(_ id: Int64, article: Int64, _ language: Language, _ name: String,
                        _ role: PersonRole = .foreignMinister, _ party: PartyCode? = "CN") -> P {
        P(id: id, articleID: article, language: language, name: name, role: role, party: party)
    }

    /// Each case: the stored persons, then the entries as "name/role/party: name@articles …".
    func testPersonsOfSeveralReportsAreOneEntryEachWithTheirNames() {
        let cases: [(String, [P], [String])] = [
            ("one report, its persons as they are",
             [person(1, article: 1, .english, "Wang Yi"), person(2, article: 1, .english, "Ishaq Dar", .foreignMinister, "PK")],
             ["Wang Yi/foreign_minister/CN: Wang Yi@1", "Ishaq Dar/foreign_minister/PK: Ishaq Dar@1"]),
            ("the same minister in two scripts is one person, the English name first",
             [person(1, article: 2, .arabic, "وانغ يي"), person(2, article: 3, .english, "Wang Yi")],
             ["Wang Yi/foreign_minister/CN: Wang Yi@3 وانغ يي@2"]),
            ("the name most reports use comes first",
             [person(1, article: 1, .english, "Wang Yi"), person(2, article: 2, .arabic, "وانغ يي"),
              person(3, article: 3, .arabic, "وانغ يي")],
             ["وانغ يي/foreign_minister/CN: وانغ يي@2,3 Wang Yi@1"]),
            ("a report naming two ministers of one party keeps them apart",
             [person(1, article: 1, .english, "Li Qiang", .minister), person(2, article: 1, .english, "He Lifeng", .minister),
              person(3, article: 2, .english, "He Lifeng", .minister), person(4, article: 2, .arabic, "لي تشيانغ", .minister)],
             ["Li Qiang/minister/CN: Li Qiang@1", "He Lifeng/minister/CN: He Lifeng@1,2", "لي تشيانغ/minister/CN: لي تشيانغ@2"]),
            ("persons without a party meet by name only",
             [person(1, article: 1, .english, "Amal Haddad", .specialEnvoy, nil),
              person(2, article: 2, .french, "Karim Saleh", .specialEnvoy, nil),
              person(3, article: 2, .english, "Amal Haddad", .specialEnvoy, nil)],
             ["Amal Haddad/special_envoy/-: Amal Haddad@1,2", "Karim Saleh/special_envoy/-: Karim Saleh@2"]),
            ("a fuller form of the name in another report is the same person",
             [person(1, article: 1, .english, "Ishaq Dar", .foreignMinister, "PK"),
              person(2, article: 2, .french, "Mohammad Ishaq Dar", .foreignMinister, "PK"),
              person(3, article: 3, .arabic, "إسحاق دار", .foreignMinister, "PK")],
             ["Ishaq Dar/foreign_minister/PK: Ishaq Dar@1 Mohammad Ishaq Dar@2 إسحاق دار@3"]),
            ("two names in one script that share no form are a report's misreading, kept apart",
             [person(1, article: 1, .english, "Wang Yi"), person(2, article: 2, .english, "Ishaq Dar"),
              person(3, article: 3, .arabic, "وانغ يي")],
             ["Wang Yi/foreign_minister/CN: Wang Yi@1", "Ishaq Dar/foreign_minister/CN: Ishaq Dar@2",
              "وانغ يي/foreign_minister/CN: وانغ يي@3"]),
            ("other roles or parties are other persons",
             [person(1, article: 1, .english, "Wang Yi"), person(2, article: 2, .english, "Wang Yi", .president),
              person(3, article: 2, .english, "Wang Yi", .foreignMinister, "PK")],
             ["Wang Yi/foreign_minister/CN: Wang Yi@1", "Wang Yi/president/CN: Wang Yi@2", "Wang Yi/foreign_minister/PK: Wang Yi@2"]),
        ]
        for (name, rows, expected) in cases {
            let entries = PersonGrouping.entries(rows).map { entry in
                "\(entry.name)/\(entry.role.rawValue)/\(entry.party?.rawValue ?? "-"): "
                    + entry.names.map { "\($0.name)@" + $0.articles.map(String.init).joined(separator: ",") }.joined(separator: " ")
            }
            XCTAssertEqual(entries, expected, name)
        }
    }
}
