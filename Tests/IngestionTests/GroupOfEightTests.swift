import Model
import XCTest

/// The Group of Eight (1997–2014) is an organisation like the G7 and the G20:
/// its leaders' statement is its own, in English, French and Arabic. Its
/// ministers named for their meeting ("after the G8 foreign ministers meeting")
/// name an earlier event, not a side of the talks reported.
final class GroupOfEightTests: XCTestCase {
    func testTheG8IsAPartyInEveryLanguage() {
        let cases: [(String, Language, UInt)] = [
            ("G8 leaders pledge aid to Africa\n\nThe leaders of the Group of Eight agreed at their summit to double aid to Africa.", .english, #line),
            ("Le G8 s'engage pour l'Afrique\n\nLes dirigeants du G8 sont convenus lors de leur sommet de doubler l'aide à l'Afrique.", .french, #line),
            ("قمة مجموعة الثماني تتعهد بدعم أفريقيا\n\nاتفق قادة مجموعة الثماني خلال قمتهم على مضاعفة المساعدات لأفريقيا.", .arabic, #line),
        ]
        for (text, language, line) in cases {
            let parties = TestSupport.extract(text, language: language).parties.map(\.code.rawValue)
            XCTAssertTrue(parties.contains("G8"), "\(parties) \(text)", line: line)
        }
    }

    func testABlocsMinistersNamedForTheirMeetingAreNoSide() {
        let text = "Ministers meet after G8 talks\n\nThe foreign ministers of Japan and Canada held talks on Friday, "
            + "following the conclusion of the G8 foreign ministers meeting. They agreed to deepen maritime cooperation.\n"
        XCTAssertEqual(Set(TestSupport.extract(text, language: .english).issuers.map(\.rawValue)), ["JP", "CA"])
    }
}
