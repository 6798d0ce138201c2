import Model
import XCTest

/// What a report says beside the statement: a party that dissents from it or
/// denies a stance is mentioned, not an issuer, and a stance recalled in the
/// pluperfect is background, not a commitment of the statement.
final class BackgroundAndDissentTests: XCTestCase {
    /// A party withholding assent (negated stance, abstention, opposition to the
    /// statement) stays mentioned, and "the ministers" still mean the issuers only.
    func testDissentingPartyIsNoIssuer() {
        let cases: [(text: String, issuers: [PartyCode], dissenter: PartyCode, line: UInt)] = [
            ("""
            LUXEMBOURG, March 3 (Reuters) - European Union foreign ministers on Tuesday condemned the shelling of Kharkiv.

            The ministers also urged Iran to halt drone deliveries to Russia.

            Slovakia abstained from the declaration on arms exports, officials said.
            """, ["EU"], "SK", #line),
            ("""
            LUXEMBOURG, March 3 (Reuters) - European Union foreign ministers on Tuesday condemned the shelling of Kharkiv.

            The ministers also urged Iran to halt drone deliveries to Russia.

            Austria did not support the paragraph on energy imports, two diplomats said.
            """, ["EU"], "AT", #line),
            ("""
            BRUXELLES, 3 mars (AFP) - Les ministres des Affaires étrangères de l'Union européenne ont condamné mardi les frappes sur Kharkiv.

            Les ministres ont également appelé l'Iran à cesser ses livraisons de drones.

            La Hongrie s'est opposée à la déclaration sur les exportations d'armes, selon des diplomates.
            """, ["EU"], "HU", #line),
            ("""
            الرياض - واس

            أدان المجلس الوزاري لمجلس التعاون لدول الخليج العربية الهجمات على الملاحة في البحر الأحمر.

            ودعا الوزراء المجتمع الدولي إلى حماية خطوط الملاحة.

            ولم توافق سلطنة عمان على الفقرة الخاصة بالعقوبات.
            """, ["GCC"], "OM", #line),
        ]
        for c in cases {
            let e = TestSupport.extract(c.text, published: "2027-03-03")
            XCTAssertEqual(e.parties.filter { $0.role == .issuer }.map(\.code), c.issuers, line: c.line)
            XCTAssertTrue(e.parties.contains(Party(code: c.dissenter, role: .mentioned)), "\(e.parties)", line: c.line)
            for commitment in e.commitments {
                if commitment.by.contains(c.dissenter) {
                    // The dissent itself may stay, as that party's denied stance.
                    XCTAssertEqual(commitment.by, [c.dissenter], commitment.text, line: c.line)
                    XCTAssertEqual(commitment.context, .negated, commitment.text, line: c.line)
                } else {
                    XCTAssertEqual(commitment.by, c.issuers, commitment.text, line: c.line)
                }
            }
            XCTAssertGreaterThanOrEqual(e.commitments.filter { $0.by == c.issuers }.count, 2, line: c.line)
        }
    }

    /// "وكان … قد أعلن", "had agreed", "avaient convenu", "s'étaient engagés": a past
    /// before the statement's own, reported as background. The present perfect
    /// ("وقد أكد", "have agreed") is the statement's own and stays.
    func testPluperfectIsBackground() {
        let cases: [(text: String, kept: [String], dropped: [String], line: UInt)] = [
            ("رحبت مصر بوقف إطلاق النار في السودان. وكان الاتحاد الأوروبي قد دعا الشهر الماضي إلى هدنة إنسانية.",
             ["رحبت مصر"], ["وكان الاتحاد الأوروبي"], #line),
            ("وأكد الجانبان أهمية الحوار. وكانت وزارة الخارجية الأردنية قد أدانت في بيان سابق الاعتداء على المسجد.",
             ["وأكد الجانبان"], ["أدانت"], #line),
            ("وقد أكد الجانبان أهمية الحوار.", ["وقد أكد الجانبان"], [], #line),
            ("Kenya and Uganda agreed to build a railway. The two countries had agreed earlier to reopen the border.",
             ["agreed to build"], ["reopen the border"], #line),
            ("Kenya and Uganda have agreed to build a railway. Nairobi had announced last week that it would fund the study.",
             ["have agreed to build"], ["fund the study"], #line),
            ("Le Sénégal et la Gambie ont convenu de construire un pont. Les deux pays avaient convenu la semaine dernière de rouvrir la frontière.",
             ["ont convenu de construire"], ["rouvrir la frontière"], #line),
            ("Le Sénégal et la Gambie ont convenu de construire un pont. Les deux pays s'étaient engagés en 2024 à rouvrir la frontière.",
             ["ont convenu de construire"], ["rouvrir la frontière"], #line),
            // Reported speech shifts this meeting's outcome into the pluperfect: still a commitment,
            // unless a time before the meeting dates it.
            ("The ministry said the two sides had agreed to set up a joint working group.",
             ["had agreed to set up"], [], #line),
            ("Le ministère a indiqué que les deux pays avaient convenu de créer un comité mixte.",
             ["avaient convenu de créer"], [], #line),
            ("Kenya and Uganda agreed to build a railway. Officials said the two countries had agreed last year to reopen the border.",
             ["agreed to build"], ["reopen the border"], #line),
        ]
        for c in cases {
            let texts = TestSupport.extract(c.text).commitments.map(\.text)
            for anchor in c.kept { XCTAssertTrue(texts.contains { $0.contains(anchor) }, "\(anchor) in \(texts)", line: c.line) }
            for anchor in c.dropped { XCTAssertFalse(texts.contains { $0.contains(anchor) }, "\(anchor) in \(texts)", line: c.line) }
            XCTAssertEqual(texts.count, c.kept.count, "\(texts)", line: c.line)
        }
    }

    /// A party that only recalls a past stance is mentioned, not an issuer.
    func testBackgroundSpeakerIsMentioned() {
        let e = TestSupport.extract("رحبت مصر بوقف إطلاق النار في السودان. وكان الاتحاد الأوروبي قد دعا الشهر الماضي إلى هدنة إنسانية.")
        XCTAssertEqual(e.parties.filter { $0.role == .issuer }.map(\.code), ["EG"])
        XCTAssertTrue(e.parties.contains(Party(code: "EU", role: .mentioned)))
    }
}
