import Model
import XCTest

/// A sentence with no stance cue in which a party or its official says something
/// ("The minister said the closures harm trade", "…, the minister said", "Il a ajouté
/// que…", "وقال الوزير إن…") is that party's position; a speaker the text does not
/// name, a denial, or a report of what was discussed commits nobody.
final class ReportedSpeechTests: XCTestCase {
    func testWhatANamedSpeakerSaysIsAPosition() {
        let cases: [(String, [CommitmentType], UInt)] = [
            ("Ghana and Togo held talks in Accra. The Ghanaian foreign minister said the border closures were harmful to regional trade.", [.position], #line),
            ("Ghana and Togo held talks in Accra. Trade has grown strongly since the corridor opened, the Togolese minister said on Monday.", [.position], #line),
            ("Ghana and Togo held talks in Accra. The Ghanaian foreign minister spoke first. He added that the new tariffs amount to a breach of the customs union.", [.position], #line),
            ("Le Sénégal et la Gambie ont tenu une réunion à Banjul. Le ministre sénégalais a expliqué que la fermeture de la frontière nuit au commerce.", [.position], #line),
            ("عقد وزيرا خارجية الأردن ومصر اجتماعا في عمان. وقال وزير الخارجية الأردني إن إغلاق المعابر يضر بالتجارة الإقليمية.", [.position], #line),
            // A cue of its own keeps its type.
            ("Ghana and Togo held talks in Accra. The Ghanaian foreign minister said Ghana will reopen the border next month.", [.pledge], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(text).commitments.map(\.type), expected, text, line: line)
        }
    }

    func testASayingWithNoPartyStanceCommitsNobody() {
        let cases: [(String, UInt)] = [
            ("Ghana and Togo held talks in Accra. The ministry said the two ministers discussed the border closures.", #line),
            ("Ghana and Togo held talks in Accra. The talks were attended by Ahmed Al-Said, a trade adviser.", #line),
            ("Ghana and Togo held talks in Accra. The Ghanaian foreign minister received a call from his Togolese counterpart, the ministry said.", #line),
            ("Ghana and Togo held talks in Accra. Ghana sold about 200 megawatts of power to Togo last year, according to the Ghanaian ministry.", #line),
            ("Ghana and Togo held talks in Accra. The Ghanaian ministry said the minister briefed his counterpart on the new port.", #line),
            ("Le Sénégal et la Gambie ont tenu une réunion à Banjul. Le ministère sénégalais n'indique pas si la frontière sera rouverte.", #line),
            ("عقد وزيرا خارجية الأردن ومصر اجتماعا في عمان. وذكر البيان أن الوزيرين ناقشا العلاقات الثنائية.", #line),
        ]
        for (text, line) in cases {
            XCTAssertEqual(TestSupport.extract(text).commitments.map(\.text), [], text, line: line)
        }
    }
}
