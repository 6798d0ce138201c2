import Model
import XCTest

/// "Secretary Lawson spoke today with…", "The Secretary welcomed…": a bare
/// "Secretary" is the US Secretary of State (foreign_minister, US), whose
/// remarks are the US side's; a longer title ("Defense Secretary") keeps its own role.
final class BareSecretaryTests: XCTestCase {
    func testABareSecretaryIsTheUSForeignMinister() {
        let cases: [(String, String, PersonRole, String?, UInt)] = [
            ("Readout of Secretary Lawson's Call with Kenyan Foreign Minister Amina Wairimu\n\nOffice of the Spokesperson\n\n"
             + "Secretary Lawson spoke today with Kenyan Foreign Minister Amina Wairimu about the situation in Sudan. "
             + "The Secretary welcomed Kenya's efforts to support the peace talks.\n", "Lawson", .foreignMinister, "US", #line),
            ("WASHINGTON - Secretary Morgan met Ghanaian Foreign Minister Kofi Boateng on Monday.\n\n"
             + "Secretary Morgan and Minister Boateng agreed to expand cooperation on maritime security.\n", "Morgan", .foreignMinister, "US", #line),
            ("Defense Secretary Harper met Japanese Defense Minister Kenji Sato in Tokyo on Tuesday.\n\n"
             + "The two agreed to deepen military cooperation.\n", "Harper", .minister, nil, #line),
        ]
        for (text, name, role, party, line) in cases {
            let persons = TestSupport.extract(text, published: "2026-03-03").persons
            let found = persons.first { $0.name == name }
            XCTAssertEqual(found?.role, role, "\(persons)", line: line)
            if let party { XCTAssertEqual(found?.party?.rawValue, party, "\(persons)", line: line) }
        }
    }

    func testTheSecretarysRemarkIsTheUSSides() {
        let text = "Secretary Lawson spoke today with Kenyan Foreign Minister Amina Wairimu about the situation in Sudan. "
            + "The Secretary welcomed Kenya's efforts to support the peace talks.\n"
        let e = TestSupport.extract(text, published: "2026-03-03")
        XCTAssertEqual(Set(e.issuers.map(\.rawValue)), ["US", "KE"])
        XCTAssertEqual(e.commitments.last?.by.map(\.rawValue), ["US"])
    }
}
