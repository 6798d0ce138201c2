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

    /// "قمة … بين مجلس التعاون ودول رابطة الآسيان": a bloc named by its states ("دول") or its
    /// association ("رابطة") is still the other side of a summit between two blocs.
    func testABlocNamedByItsStatesIsASideOfTheSummit() {
        let text = "اختتمت في الرياض أعمال القمة بين مجلس التعاون الخليجي ودول رابطة الآسيان بإصدار بيان ختامي.\n"
            + "ودعا البيان الختامي إلى تعزيز التبادل التجاري بين المنطقتين."
        let found = issuers(text, .arabic)
        XCTAssertTrue(found.isSuperset(of: ["GCC", "ASEAN"]), "\(found)")
    }

    /// The lead is the article's first sentences of some length: a stamp line
    /// ("Date: 08:25, 02-11-2015.") or a dateline's city cut off as a sentence
    /// ("Lima.") before it leaves the lead's list of signatories whole.
    func testShortSentencesBeforeTheLeadDoNotCutIt() {
        let text = "Five Andean states and Canada sign a declaration in Cusco\n\nDate: 09:40, 14-06-2016.\n\n"
            + "Lima. June 14. Andes Wire - The foreign ministers of Peru, Bolivia, Ecuador, Colombia and Chile and the Canadian "
            + "Foreign Minister Anne Leduc signed in Cusco a joint declaration on mining and water, the wire reports.\n"
            + "The sides agreed to develop cooperation in the field of water management.\n"
        XCTAssertEqual(issuers(text), ["PE", "BO", "EC", "CO", "CL", "CA"])
    }

    /// A meeting or a call has two sides: a country found alone is joined by
    /// the next party the lead names, unless that party is the matter at war.
    func testAMeetingHasTwoSides() {
        let cases: [(String, Language?, Set<String>, UInt)] = [
            ("Oman's foreign minister received on Sunday a trade delegation from Indonesia.\n"
             + "Oman stressed the importance of maritime trade routes.", nil, ["OM", "ID"], #line),
            ("Oman welcomed on Sunday the truce announced in Yemen.\nThe ministry stressed the importance of a lasting settlement.",
             nil, ["OM"], #line),
            // A party at war is a side when the lead names it as one, not as the matter.
            ("King Khalid of Saudi Arabia received on Sunday a delegation from Yemen led by its foreign minister.\n"
             + "The King stressed the Kingdom's support for the stability of the region.", nil, ["SA", "YE"], #line),
        ]
        for (text, language, expected, line) in cases {
            XCTAssertEqual(issuers(text, language), expected, text, line: line)
        }
    }

    /// In one side's account of talks, a stance nobody is named for is that side's.
    func testAReadoutsUnnamedStancesAreItsAuthors() {
        let e = TestSupport.extract("""
            Readout of the Secretary's call with Foreign Minister Lina Haddad of Lebanon

            Secretary of State Maria Reyes spoke today with Lebanese Foreign Minister Lina Haddad. \
            The discussion reaffirmed support for the Lebanese armed forces. Both agreed to stay in close contact.
            """, published: "2027-03-02")
        XCTAssertEqual(e.statement.kind, .readout)
        XCTAssertEqual(Set(e.issuers.map(\.rawValue)), ["US", "LB"])
        XCTAssertEqual(e.commitments.map { Set($0.by.map(\.rawValue)) }, [["US"], ["US", "LB"]])
    }

    /// A named official whose country the text leaves implicit speaks for
    /// the side inferred for him, not for the side its headline names first.
    func testAnOfficialWithoutANamedCountrySpeaksForTheInferredSide() {
        let e = TestSupport.extract("""
            Press release on the Foreign Minister's call with Egyptian Foreign Minister Sami Fouad

            Foreign Minister Ayman Haddad spoke by phone on Monday with Egyptian Foreign Minister Sami Fouad about Jordan and Egypt's cooperation.

            Haddad stressed the importance of coordination on regional water projects. Fouad called for an early meeting of the joint committee.
            """)
        XCTAssertEqual(e.statement.kind, .readout)
        XCTAssertEqual(e.commitments.map { $0.by.map(\.rawValue) }, [["JO"], ["EG"]])
    }

    /// A bare title stands for the one official named earlier with it, however
    /// often named, and takes the party inferred for him.
    func testABareTitleSpeaksForTheOfficialNamedWithIt() {
        let e = TestSupport.extract("""
            Readout of the call between the President and the King of Jordan

            King Faisal of Jordan received a call today from President Daniel Carter. \
            President Daniel Carter and the King discussed the trade between the United States and Jordan. \
            The President reiterated the importance of protecting civilians. The King stressed the need for a ceasefire.
            """)
        let byText = Dictionary(uniqueKeysWithValues: e.commitments.map { ($0.text.prefix(20), $0.by.map(\.rawValue)) })
        XCTAssertEqual(byText["The President reiter"], ["US"], "\(e.commitments.map { ($0.text, $0.by) })")
        XCTAssertEqual(byText["The King stressed th"], ["JO"], "\(e.commitments.map { ($0.text, $0.by) })")
    }

    /// A ministry's statement that has two parties speak together reports a
    /// meeting: both are issuers, whatever the document is called.
    func testAStatementReportingJointStancesHasBothSides() {
        let e = TestSupport.extract("""
            The foreign ministers of Kenya and Tanzania agreed on Monday to reopen the border posts, \
            the Kenyan foreign ministry said in a statement.
            """)
        XCTAssertEqual(Set(e.issuers.map(\.rawValue)), ["KE", "TZ"], "\(e.statement.kind)")
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

    /// A headline's last name and the dateline's first are two lines, not a pair.
    func testNamesOnTwoLinesAreNoPair() {
        let text = "قمة قطرية تركية تدعو لوقف الحرب في غزة\n\nأنقرة - الأناضول\nأكدت قطر وتركيا في البيان الختامي دعمهما للشعب الفلسطيني."
        XCTAssertEqual(issuers(text, .arabic), ["QA", "TR"])
    }

    /// The organisation whose summit or council the lead names issued its
    /// communique, and its stances are the organisation's.
    func testTheBodyWhoseSummitTheLeadNamesIsAnIssuer() {
        let text = "Final communique of the 12th summit of the African Union\n\n"
            + "The summit of the African Union concluded in Addis Ababa on Sunday with Senegalese President Amina Diallo and Ghanaian President Kofi Mensah attending. "
            + "The Assembly condemned the attacks on peacekeepers in the region. The leaders agreed to hold their next summit in Dakar."
        let extraction = TestSupport.extract(text)
        XCTAssertEqual(extraction.statement.kind, .communique)
        XCTAssertTrue(extraction.issuers.contains("AU"), "\(extraction.issuers)")
        XCTAssertEqual(extraction.commitments.map { $0.by.map(\.rawValue) }, [["AU"], ["AU"]])
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

/// Who made each commitment, and what it is about, when the text names
/// two officials as one subject or names a party at war.
final class AttributionTests: XCTestCase {
    func testTwoOfficialsAsOneSubjectBothCommit() {
        let cases: [(String, Language?, Set<String>, UInt)] = [
            ("Kenyan President Daniel Mwangi and his Nigerian counterpart Joseph Okello agreed on Tuesday to build a new railway link.",
             nil, ["KE", "NG"], #line),
            ("Le président sénégalais Amadou Sall et son homologue malien Lamin Keita ont convenu de rouvrir la frontière.",
             nil, ["SN", "ML"], #line),
            ("ودعا الرئيس المصري حسن فؤاد وولي العهد الأردني الأمير زيد بن علي إلى وقف التصعيد في المنطقة.", .arabic, ["EG", "JO"], #line),
        ]
        for (text, language, expected, line) in cases {
            let commitments = TestSupport.extract(text, language: language).commitments
            XCTAssertEqual(commitments.count, 1, text, line: line)
            XCTAssertEqual(Set(commitments.first?.by.map(\.rawValue) ?? []), expected, text, line: line)
        }
    }

    /// Plural and dual subjects in a readout speak for both sides, not for its author.
    func testPluralAndDualSubjectsSpeakForBothSides() {
        let cases: [(String, Language?, UInt)] = [
            ("Readout of the Foreign Minister's call\n\nKenyan Foreign Minister Grace Otieno spoke by phone on Monday with "
             + "Tanzanian Foreign Minister Juma Mrisho. The ministers agreed to reopen the border posts.", nil, #line),
            ("Readout of the Foreign Minister's call\n\nKenyan Foreign Minister Grace Otieno spoke by phone on Monday with "
             + "Tanzanian Foreign Minister Juma Mrisho. Minister Otieno and Minister Mrisho agreed to reopen the border posts.", nil, #line),
            ("أجرى وزير الخارجية الكيني اتصالا هاتفيا اليوم مع نظيره التنزاني. وشددا على ضرورة إعادة فتح المعابر الحدودية.", .arabic, #line),
        ]
        for (text, language, line) in cases {
            let e = TestSupport.extract(text, language: language)
            XCTAssertEqual(e.statement.kind, .readout, line: line)
            XCTAssertEqual(e.commitments.map { Set($0.by.map(\.rawValue)) }, [["KE", "TZ"]], text, line: line)
        }
    }

    func testTopicsOfCondolencesAndOfAPartyAtWar() {
        let cases: [(String, Language?, Topic, UInt)] = [
            ("Egypt and Jordan held talks in Amman. The two ministers expressed their condolences to the families of the victims of the floods.", nil, .other, #line),
            ("L'Égypte et la Jordanie ont tenu des consultations à Amman. Les deux ministres ont exprimé leurs condoléances aux familles des victimes.", nil, .other, #line),
            ("Egypt and Jordan held talks in Amman. The two ministers stressed their support for the Palestinian people.", nil, .regionalConflict, #line),
            ("عقدت مصر والأردن مشاورات في عمان. وأكد الوزيران دعمهما للشعب اليمني الشقيق.", .arabic, .regionalConflict, #line),
            // A party at war that took part is still the matter when another speaks of it.
            ("UN Secretary-General Ban Ki-moon met the Syrian foreign minister in New York. Ban noted that the Syrian Government must stop the violence.",
             nil, .regionalConflict, #line),
            ("Japan and Korea held talks in Seoul. The ministers stressed that denuclearization remains their goal.", nil, .security, #line),
        ]
        for (text, language, topic, line) in cases {
            let commitments = TestSupport.extract(text, language: language).commitments
            XCTAssertEqual(commitments.count, 1, text, line: line)
            XCTAssertTrue(commitments.first?.topics.contains(topic) ?? false, "\(commitments.map(\.topics))", line: line)
        }
    }
}
