import Model
import XCTest

/// Stances reported with less common verbs, and lists whose items run on
/// from the sentence that introduces them, are commitments too.
final class ClauseCueTests: XCTestCase {
    private func types(_ text: String, _ language: Language? = nil) -> [CommitmentType] {
        TestSupport.extract(text, language: language).commitments.map(\.type)
    }

    func testLessCommonStanceVerbsAreCommitments() {
        let cases: [(String, Language?, [CommitmentType], UInt)] = [
            ("Egypt and Kenya held talks in Nairobi. The two ministers expressed hope that the talks would lead to a settlement.", nil, [.position], #line),
            ("Egypt and Kenya held talks in Nairobi. The ministers expressed satisfaction with the progress of the joint projects.", nil, [.welcome], #line),
            ("Egypt and Kenya held talks in Nairobi. The two sides signed three agreements on trade and health.", nil, [.pledge], #line),
            ("Egypt and Kenya held talks in Nairobi. The ministers encouraged business leaders to invest in both countries.", nil, [.call], #line),
            ("L'Égypte et le Kenya ont tenu des consultations à Nairobi. Les deux ministres ont exprimé le vœu de voir la coopération progresser.", nil, [.position], #line),
            ("L'Égypte et le Kenya ont tenu des consultations à Nairobi. Les deux ministres ont rendu hommage aux efforts de la médiation.", nil, [.welcome], #line),
            ("L'Égypte et le Kenya ont tenu des consultations à Nairobi. Ils ont exprimé leur engagement à poursuivre leur coordination.", nil, [.pledge], #line),
            ("L'Égypte et le Kenya ont tenu des consultations à Nairobi. Le ministre égyptien a exprimé son souhait de voir les échanges croître.", nil, [.position], #line),
            ("Egypt and Kenya held talks in Nairobi. The ministers expressed their readiness to open new consulates.", nil, [.pledge], #line),
            // A capitalised subject before a present-tense verb is no adjective before a noun.
            ("Les chefs d'État de la Cedeao se sont réunis à Abuja. Selon la même source, la Conférence exprime sa vive préoccupation face à la crise.",
             nil, [.position], #line),
            ("Les chefs d'État de la Cedeao se sont réunis à Abuja. Le communiqué exige que tous les groupes armés déposent les armes.", nil, [.call], #line),
            ("عقدت مصر وكينيا مشاورات في نيروبي. وأعرب الوزيران عن أملهما في التوصل إلى تسوية.", .arabic, [.position], #line),
            ("عقدت مصر وكينيا مشاورات في نيروبي. ووقع الجانبان ثلاث اتفاقيات في مجالي التجارة والصحة.", .arabic, [.pledge], #line),
            // The imperfect of أعرب عن, and a signing in the passive.
            ("عقدت مصر وكينيا مشاورات في نيروبي. وتعرب مصر عن الأمل في التوصل إلى تسوية سلمية.", .arabic, [.position], #line),
            ("عقدت مصر وكينيا مشاورات في نيروبي. كما تم توقيع ثلاث اتفاقيات في مجالي التجارة والصحة.", .arabic, [.pledge], #line),
            // Two actions coordinated as one object stay one stance.
            ("عقدت مصر وكينيا مشاورات في نيروبي. وأكد الوزير المصري أهمية تطوير وتعميق العلاقات بين البلدين.", .arabic, [.position], #line),
            // A stance verb whose object is another stance's masdar takes that stance's type.
            ("عقدت مصر وكينيا مشاورات في نيروبي. وأكد الوزير المصري دعم مصر لجهود السلام في القرن الأفريقي.", .arabic, [.support], #line),
        ]
        for (text, language, expected, line) in cases {
            XCTAssertEqual(types(text, language), expected, text, line: line)
        }
    }

    /// Agreeing that something holds, or on its importance, is a position;
    /// agreeing to act stays a pledge.
    func testAgreeingThatIsAPositionAndAgreeingToIsAPledge() {
        let cases: [(String, Language?, [CommitmentType], UInt)] = [
            ("Egypt and Kenya held talks in Nairobi. The two sides agreed that the crisis requires a political solution.", nil, [.position], #line),
            ("Egypt and Kenya held talks in Nairobi. The two sides agreed on the importance of regional stability.", nil, [.position], #line),
            ("Egypt and Kenya held talks in Nairobi. The two sides agreed to expand trade.", nil, [.pledge], #line),
            // A stance whose complement has the parties undertake something is a pledge; one that
            // assesses a thing is a position.
            ("Egypt and Kenya held talks in Nairobi. The two ministers stressed that they will continue to coordinate on border security.",
             nil, [.pledge], #line),
            ("L'Égypte et le Kenya ont tenu des consultations à Nairobi. Ils ont rappelé que l'Égypte et le Kenya continueront à collaborer.",
             nil, [.pledge], #line),
            ("Egypt and Kenya held talks in Nairobi. The two sides stressed that the new railway would boost regional trade.", nil, [.position], #line),
            // So is one whose complement has a party back another.
            ("Egypt and Kenya held talks in Nairobi. The Kenyan minister stressed that Kenya supports Egypt's mediation in Sudan.",
             nil, [.support], #line),
            ("عقدت مصر وكينيا مشاورات في نيروبي. وأكد الوزير الكيني أن بلاده تدعم الوساطة المصرية في السودان.", .arabic, [.support], #line),
            ("Egypt and Kenya held talks in Nairobi. Both ministers affirmed that they reject the attacks on aid convoys.", nil, [.condemn], #line),
            ("عقدت مصر وكينيا مشاورات في نيروبي. وأكدت الوزارة أن مصر تندد بالهجمات على قوافل الإغاثة.", .arabic, [.condemn], #line),
            // An action word names what is undertaken; it is no stance of its own.
            ("عقدت مصر وكينيا مشاورات في نيروبي. وأكد الوزير أن المملكة تعمل دائما من أجل الحوار.", .arabic, [.position], #line),
            // A call on one's own officials instructs them: a pledge.
            ("Egypt and Kenya held talks in Nairobi. The two presidents urged their ministers and senior officials to conclude the trade deal.",
             nil, [.pledge], #line),
            ("L'Égypte et le Kenya ont tenu des consultations à Nairobi. Les deux présidents ont exhorté leurs gouvernements respectifs à conclure l'accord.",
             nil, [.pledge], #line),
            ("Egypt and Kenya held talks in Nairobi. The two presidents urged the warring parties to conclude a truce.", nil, [.call], #line),
            // Rejecting an idea is a position; rejecting an act, a condemnation.
            ("Egypt and Kenya held talks in Nairobi. The two sides rejected any attempt at linking terrorism to a religion.", nil, [.position], #line),
            ("Egypt and Kenya held talks in Nairobi. The two sides rejected the attacks on the border posts.", nil, [.condemn], #line),
            ("عقدت مصر وكينيا مشاورات في نيروبي. واتفق الجانبان على أهمية تعزيز الاستقرار في المنطقة.", .arabic, [.position], #line),
            ("عقدت مصر وكينيا مشاورات في نيروبي. واتفق الجانبان على تعزيز التبادل التجاري.", .arabic, [.pledge], #line),
        ]
        for (text, language, expected, line) in cases {
            XCTAssertEqual(types(text, language), expected, text, line: line)
        }
    }

    /// An agreement signed earlier, named after its noun, is background.
    func testAParticipleOfSigningIsNoCommitment() {
        XCTAssertEqual(types("Egypt and Kenya held talks in Nairobi. They reviewed the agreements signed in 2019 and exchanged views on the region."), [])
    }

    /// A numbered paragraph whose subject comes first takes its own verb's type, not a list item's pledge.
    func testANumberedParagraphTakesItsVerbsType() {
        let text = "Final communique of the Gulf Cooperation Council summit\n\n"
            + "1- The supreme council congratulated the Emir of Kuwait on assuming the presidency of the session.\n"
            + "2- The supreme council condemned the attacks on commercial shipping in the Red Sea.\n"
            + "3- The supreme council decided to establish a joint maritime command."
        XCTAssertEqual(types(text), [.welcome, .condemn, .pledge])
    }

    func testParagraphsRunningOnFromAColonAreListItems() {
        let text = """
            Le Sénégal et la Gambie, réunis à Banjul, s'engagent notamment à :

            renforcer la surveillance commune de leur frontière ;

            développer les échanges commerciaux dans le cadre régional ;

            promouvoir les échanges entre leurs universités.

            La réunion s'est achevée dans la soirée.
            """
        let commitments = TestSupport.extract(text).commitments
        XCTAssertEqual(commitments.map(\.type), [.pledge, .pledge, .pledge])
        XCTAssertTrue(commitments.first?.text.hasPrefix("renforcer") ?? false, "\(commitments.map(\.text))")
        for commitment in commitments { XCTAssertEqual(Set(commitment.by.map(\.rawValue)), ["SN", "GM"], commitment.text) }
    }
}

/// What reads like a commitment and is none: a preamble's recollections,
/// "at the invitation of", a list of contents, two verbs before one object.
final class NonCommitmentTests: XCTestCase {
    private func texts(_ text: String, _ language: Language? = nil) -> [String] {
        TestSupport.extract(text, language: language).commitments.map(\.text)
    }

    func testPreambleOpeningsCommitToNothing() {
        let cases: [(String, Language?, Int, UInt)] = [
            ("The Council of the African Union met in Addis Ababa.\n\n1. Recalls its earlier decisions on the situation in the region;\n\n2. Condemns the attacks on civilians.", nil, 1, #line),
            ("Le Conseil s'est réuni à Addis-Abeba.\n\nRappelant que la paix est indispensable au développement,\n\nLe Conseil condamne les attaques contre les civils.", nil, 1, #line),
            ("The Council of the African Union met in Addis Ababa.\n\n1. Takes note of the report of the chairperson;\n\n2. Urges all parties to respect the ceasefire.", nil, 1, #line),
        ]
        for (text, language, count, line) in cases {
            XCTAssertEqual(texts(text, language).count, count, "\(texts(text, language))", line: line)
        }
    }

    func testAnInvitationIsNoCall() {
        XCTAssertEqual(texts("À l'invitation du président sénégalais, le président gambien a effectué une visite de travail à Dakar."), [])
    }

    func testAListOfContentsIsNoCommitment() {
        let text = "Joint press statement\n- Bilateral cooperation\n- Cooperation on regional issues\n\nThe two leaders agreed to expand trade between Japan and Korea."
        XCTAssertEqual(texts(text).count, 1, "\(texts(text))")
    }

    func testTwoVerbsBeforeOneObjectAreOneStance() {
        let text = "عقدت الصين ومصر مشاورات في القاهرة. وترحب الصين وتدعم جهود مصر لتحقيق التنمية."
        XCTAssertEqual(texts(text, .arabic).count, 1, "\(texts(text, .arabic))")
    }
}
