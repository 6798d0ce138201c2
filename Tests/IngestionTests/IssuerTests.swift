import Model
import XCTest

/// Who issued the statement or took part in the meeting (GUIDELINES:
/// issuers), whichever side the article leads with.
final class IssuerTests: XCTestCase {
    private func issuers(_ text: String, _ language: Language? = nil) -> Set<String> {
        Set(TestSupport.extract(text, language: language).issuers.map(\.rawValue))
    }

    /// Both sides of talks or a call took part, even when the article is
    /// one side's account and names the other only as a counterpart or a guest.
    func testBothSidesOfTalksAreIssuers() {
        let cases: [(String, Language?, Set<String>, UInt)] = [
            ("Moroccan Foreign Minister Karim Benali received on Monday in Rabat his Senegalese counterpart Awa Ndiaye. "
             + "Benali stressed the depth of relations between the two countries.", nil, ["MA", "SN"], #line),
            ("Le ministre tunisien des Affaires étrangères s'est entretenu jeudi par téléphone avec son homologue malien. "
             + "Il a réaffirmé l'attachement de la Tunisie à la stabilité de la région.", nil, ["TN", "ML"], #line),
            ("استقبل وزير الخارجية الأردني في عمان اليوم نظيره العراقي. وأكد الوزير حرص الأردن على تعزيز التعاون.", .arabic, ["JO", "IQ"], #line),
        ]
        for (text, language, expected, line) in cases {
            XCTAssertEqual(issuers(text, language), expected, text, line: line)
        }
    }

    /// Two names the lead joins ("between X and Y"), with articles, state
    /// words or a glued و between them, are the two sides.
    func testTwoNamesTheLeadJoinsAreIssuers() {
        let cases: [(String, Language?, Set<String>, UInt)] = [
            ("Un communiqué conjoint a sanctionné la visite, qui renforce les liens entre la République du Niger et la République du Tchad. "
             + "Le Niger a souligné l'importance de la sécurité des frontières.", nil, ["NE", "TD"], #line),
            ("The foreign ministers of Kenya and the United Republic of Tanzania met in Arusha on Friday. "
             + "Kenya stressed the need to reopen the border posts.", nil, ["KE", "TZ"], #line),
            ("وقعت اليوم اتفاقيات للتعاون بين دولة الكويت وجمهورية العراق. وأكدت الكويت أهمية تشكيل لجنة مشتركة.", .arabic, ["KW", "IQ"], #line),
        ]
        for (text, language, expected, line) in cases {
            XCTAssertEqual(issuers(text, language), expected, text, line: line)
        }
    }

    /// The officials an organisation's meeting names as taking part bring
    /// their states in beside it; the communique's stances stay the organisation's.
    func testAnOrganisationsCommuniqueSpeaksForTheOrganisation() {
        let text = "Final communique of the Gulf Cooperation Council ministerial meeting\n\n"
            + "The GCC foreign ministers met in Kuwait on Sunday, with Kuwaiti Foreign Minister Salem Al-Hamad and Omani Foreign Minister Badr Al-Mansour taking part. "
            + "The council welcomed the new maritime security arrangements. The council called on Iran to respect the sovereignty of the member states."
        let extraction = TestSupport.extract(text)
        XCTAssertEqual(extraction.statement.kind, .communique)
        XCTAssertTrue(Set(extraction.issuers.map(\.rawValue)).isSuperset(of: ["GCC", "KW", "OM"]), "\(extraction.issuers)")
        XCTAssertEqual(extraction.commitments.count, 2)
        for commitment in extraction.commitments {
            XCTAssertEqual(commitment.by.map(\.rawValue), ["GCC"], commitment.text)
        }
    }
}
