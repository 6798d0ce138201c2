import Model
import XCTest

/// An organisation's summit or council issues its communique even when the
/// text names the organisation only by an adjective ("the Arab summit") or
/// names it beside the country the meeting was about.
final class OrganisationIssuerTests: XCTestCase {
    /// "The Arab summit", "القمة العربية الأفريقية", "les ministres africains": the
    /// organisations the adjectives name, beside a host the text names.
    func testASummitNamedByAnAdjectiveIsItsOrganisations() {
        let cases: [(String, Language?, Set<String>, UInt)] = [
            ("اختتمت القمة العربية أعمالها مساء أمس في المنامة بالتأكيد على دعم الحل السياسي للأزمة في اليمن.\n"
             + "وجاء في البيان الختامي للقمة أن القادة يرفضون التدخل في الشؤون الداخلية للدول.", .arabic, ["LAS", "BH"], #line),
            ("اختتمت القمة العربية الأفريقية الثالثة أعمالها بالاتفاق على خطة للتعاون الاقتصادي.\n"
             + "وأكد البيان الختامي أهمية الاستثمار في البنية التحتية.", .arabic, ["LAS", "AU"], #line),
            ("Arab foreign ministers ended their emergency meeting on Sunday with a final communiqué.\n"
             + "The ministers called for an immediate ceasefire and stressed the need for humanitarian access.", nil, ["LAS"], #line),
            ("Le sommet africain s'est clos dimanche par l'adoption d'un communiqué final.\n"
             + "Les dirigeants ont réaffirmé leur attachement à l'intégrité territoriale des États membres.", nil, ["AU"], #line),
        ]
        for (text, language, expected, line) in cases {
            XCTAssertEqual(TestSupport.issuers(text, language), expected, text, line: line)
        }
    }

    /// A council's communique about a country: the council's organisation
    /// issued it, and the country it discussed is only mentioned.
    func testACommuniqueAboutACountryIsTheOrganisations() {
        let cases: [(String, Language?, Set<String>, UInt)] = [
            ("The African Union's Peace and Security Council, in a final communiqué on Tuesday, expressed concern over the fighting "
             + "in eastern Libya.\nThe Council condemned the attacks on civilians.", nil, ["AU"], #line),
            // A meeting word inside another organisation's name names no meeting of it.
            ("COMMUNIQUE\n\nThe Peace and Security Council of the African Union, meeting on 3 May 2026, adopted a decision on its "
             + "support for the joint force set up under the Lake Chad Basin Commission (LCBC).\n\n"
             + "Council condemns the attacks against civilians in the region.\n", nil, ["AU"], #line),
        ]
        for (text, language, expected, line) in cases {
            XCTAssertEqual(TestSupport.issuers(text, language), expected, text, line: line)
        }
    }

    /// "وزراء الخارجية العرب قرروا", "the Gulf foreign ministers called on": the stance is their organisation's.
    func testMinistersNamedByAnAdjectiveSpeakForTheirOrganisation() {
        let cases: [(String, Language?, String, UInt)] = [
            ("اختتم وزراء الخارجية العرب مساء أمس اجتماعهم الطارئ في القاهرة.\n\n"
             + "وقرر وزراء الخارجية العرب مطالبة المجتمع الدولي بالتحرك لوقف الحرب في السودان.\n", .arabic, "LAS", #line),
            ("Gulf foreign ministers ended their extraordinary meeting in Kuwait on Sunday with a final communiqué.\n\n"
             + "The Gulf foreign ministers called on the international community to protect shipping lanes.\n", nil, "GCC", #line),
        ]
        for (text, language, body, line) in cases {
            let e = TestSupport.extract(text, published: "2026-03-03", language: language)
            XCTAssertFalse(e.commitments.isEmpty, text, line: line)
            for commitment in e.commitments { XCTAssertEqual(commitment.by.map(\.rawValue), [body], text, line: line) }
        }
    }

    /// "للقمة العربية": a summit named by its adjective behind an Arabic preposition is still
    /// the Arab League's, and its final statement the League's with the host's.
    func testAnArabicSummitBehindAPrepositionIsTheOrganisations() {
        let text = "قمة الرباط تدعو إلى تعزيز التكامل الاقتصادي\n\nالرباط - أكد البيان الختامي للدورة الخامسة والثلاثين "
            + "للقمة العربية اليوم في الرباط على دعم جهود التكامل الاقتصادي العربي.\n\nودعا البيان إلى إنشاء منطقة تجارة حرة عربية كاملة.\n"
        let e = TestSupport.extract(text)
        XCTAssertEqual(Set(e.parties.filter { $0.role == .issuer }.map(\.code.rawValue)), ["LAS", "MA"])
        XCTAssertEqual(e.commitments.map(\.by), [["LAS"], ["LAS"]])
    }

    /// "قمة الرباط تدعو", "Lusaka summit calls": the state a summit is named for is its place,
    /// not the speaker; the summit speaks for its organisation.
    func testASummitNamedForItsPlaceSpeaksForItsOrganisation() {
        let cases: [(text: String, by: [[PartyCode]], line: UInt)] = [
            ("قمة الرباط تدعو إلى تعزيز التكامل الاقتصادي العربي\n\nالرباط - أكد البيان الختامي للدورة الخامسة والثلاثين "
             + "للقمة العربية اليوم على دعم جهود التكامل الاقتصادي.\n", [["LAS"], ["LAS"]], #line),
            ("Lusaka summit calls for a ceasefire in the Great Lakes\n\nLUSAKA - The final communique of the African Union "
             + "summit in Zambia called on all armed groups to lay down their weapons.\n", [["AU"], ["AU"]], #line),
        ]
        for c in cases {
            XCTAssertEqual(TestSupport.extract(c.text).commitments.map(\.by), c.by, c.text, line: c.line)
        }
    }

    /// "BRASILIA – The BRICS summit in Brazil called on…": an organisation named as the speaker is
    /// the statement's voice, not the state of the dispatch's city.
    func testAnOrganisationSpeakingOutranksTheDateline() {
        let text = "BRICS summit closes with a call on grain exports\n\nBRASILIA, July 7 – The BRICS summit in Brazil called on "
            + "all states to keep grain exports flowing, in a statement issued at the end of the two-day meeting.\n\n"
            + "'We reaffirm our commitment to open and fair trade in food,' the statement said.\n"
        let e = TestSupport.extract(text)
        XCTAssertEqual(e.parties.filter { $0.role == .issuer }.map(\.code.rawValue), ["BRICS"])
        XCTAssertEqual(e.commitments.map(\.by), [["BRICS"], ["BRICS"]])
    }
}
