import XCTest

/// Stances said with verbs the commonest cues miss: sharing a common vision or
/// another's position, determining to act, noting or observing something with
/// concern or satisfaction. And an unnamed body subject ("la Conférence") after
/// an opening "Concernant X," speaks, not X.
final class NotedWithFeelingCueTests: XCTestCase {
    func testEachCueGivesItsType() {
        let cases: [(String, String, UInt)] = [
            ("Denmark and Chile share a common vision for an open and rules-based ocean order.\n",
             "position CL+DK Denmark and Chile share a common vision for an open and rules-based ocean order.", #line),
            ("Denmark and Chile jointly determine to uphold the fisheries treaties they signed.\n",
             "pledge CL+DK Denmark and Chile jointly determine to uphold the fisheries treaties they signed.", #line),
            ("Le Ghana et le Togo ont constaté avec préoccupation la montée des violences dans le nord.\n",
             "position GH+TG Le Ghana et le Togo ont constaté avec préoccupation la montée des violences dans le nord.", #line),
            ("Le Ghana et le Togo ont noté avec satisfaction la tenue des élections locales.\n",
             "welcome GH+TG Le Ghana et le Togo ont noté avec satisfaction la tenue des élections locales.", #line),
            ("La Norvège partage pleinement la position exprimée par l'Union africaine sur le Sahel.\n",
             "position NO La Norvège partage pleinement la position exprimée par l'Union africaine sur le Sahel.", #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.commitmentLines(text), [expected], text, line: line)
        }
    }

    /// Exchanging assessments is talk, not a stance.
    func testSharingAssessmentsIsNoStance() {
        let text = "After the meeting, the ministry said Denmark and Chile shared their assessments of recent events in the region.\n"
        XCTAssertEqual(TestSupport.commitmentLines(text), [])
    }

    func testTheConferenceSpeaksAfterAnOpeningMatter() {
        let text = "Communiqué final de la CEDEAO\n\nLes chefs d'Etat ont salué la tenue du sommet. "
            + "Concernant le Niger, la Conférence note avec satisfaction le retour au calme à Niamey.\n"
        XCTAssertEqual(TestSupport.commitmentLines(text).last,
                       "welcome ECOWAS Concernant le Niger, la Conférence note avec satisfaction le retour au calme à Niamey.")
    }
}
