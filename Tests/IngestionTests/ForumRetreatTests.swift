import Model
import XCTest

/// "The Pacific Islands Forum Special Leaders Retreat was held in Nadi … attended by Heads of State,
/// Government, and Territories from A, B, C…": the forum's meeting with its members; "Government"
/// is no one's name, and a "Secretary for Foreign Affairs" is no US Secretary.
final class ForumRetreatTests: XCTestCase {
    static let text = "Pacific Islands Forum leaders retreat – Forum Communiqué\n\n"
        + "The Pacific Islands Forum Special Leaders Retreat was held in Suva, Fiji, on 12 March 2024, and was attended by "
        + "Heads of State, Government, and Territories from Samoa, Tonga, Tuvalu, Vanuatu and Palau.\n\n"
        + "1. Leaders welcomed the report of the Secretary General on regional security.\n\n"
        + "2. Leaders shared their condolences with the people of Tuvalu for the passing of Ana Kelesi, Secretary for "
        + "Foreign Affairs of Tuvalu.\n"

    func testAForumRetreatIsTheForumsMeetingWithItsMembers() {
        let issuers = Set(TestSupport.extract(Self.text, published: "2024-03-12", language: .english).issuers.map(\.rawValue))
        XCTAssertTrue(issuers.isSuperset(of: ["PIF", "WS", "TO", "TV", "VU", "PW"]), "\(issuers)")
        XCTAssertFalse(issuers.contains("US"), "\(issuers)")
    }

    func testNeitherGovernmentNorAForeignAffairsSecretaryIsMisread() {
        let persons = TestSupport.extract(Self.text, published: "2024-03-12", language: .english).persons
        XCTAssertFalse(persons.contains { $0.name == "Government" }, "\(persons)")
        let secretary = persons.first { $0.name == "Ana Kelesi" }
        XCTAssertEqual(secretary?.role, .seniorOfficial, "\(persons)")
        XCTAssertNotEqual(secretary?.party?.rawValue, "US", "\(persons)")
    }
}
