import Foundation
import XCTest
@testable import Storage

final class ShinglesTests: XCTestCase {
    static let wire = """
        NAIROBI, May 19 (Xinhua) -- Ethiopia and Kenya on Tuesday agreed to fast-track the upgrading of the Moyale \
        border corridor and to launch a joint electricity trading platform before the end of 2027, according to a \
        joint communique issued at the close of the 38th session of their Joint Ministerial Commission in Nairobi.
        """

    func testAnEditedCopyStaysAboveTheThresholdAndAnotherStoryFarBelow() {
        let original = Shingles(Self.wire)
        let edited = Shingles(Self.wire.replacingOccurrences(of: "on Tuesday agreed", with: "agreed on Tuesday"))
        let other = Shingles("Oman and Iran signed a consular memorandum on Wednesday easing visa rules for truck drivers and seafarers.")
        XCTAssertEqual(original.similarity(to: original), 1)
        XCTAssertGreaterThanOrEqual(original.similarity(to: edited), MergeRules.nearCopySimilarity)
        XCTAssertLessThan(original.similarity(to: other), 0.05)
    }

    func testACopyCutShortIsMeasuredAgainstWhatItKept() {
        let full = Shingles(Self.wire)
        let cut = Shingles(Self.wire.components(separatedBy: ", according")[0])
        XCTAssertEqual(full.similarity(to: cut), 1)
        XCTAssertEqual(cut.similarity(to: full), 1)
    }

    func testCaseAccentsAndHarakatDoNotBreakShingles() {
        XCTAssertEqual(Shingles("Le Maroc et l'Arabie saoudite sont convenus mardi").hashes,
                       Shingles("LE MAROC ET L'ARABIE SAOUDITE SONT CONVENUS MARDI").hashes)
        XCTAssertEqual(Shingles("la coopération économique entre les deux pays").hashes,
                       Shingles("la cooperation economique entre les deux pays").hashes)
        XCTAssertEqual(Shingles("اتفق البلدان على تعزيز التعاون في القطاع المالي").hashes,
                       Shingles("اتَّفَقَ البلدان على تعزيز التعاون في القطاع المالي").hashes)
    }

    func testBandsAreTheSameForTheSameTextAndSharedByACopy() {
        let bands = ReportFingerprint(text: Self.wire).bands
        XCTAssertEqual(bands.count, MergeRules.bands)
        XCTAssertEqual(bands, ReportFingerprint(text: Self.wire).bands)
        let copy = ReportFingerprint(text: Self.wire + " The next session will be held in Addis Ababa.")
        XCTAssertFalse(Set(bands).isDisjoint(with: copy.bands))
        XCTAssertTrue(ReportFingerprint(text: "").bands.isEmpty)
    }

    func testSignaturesOfACopyAgreeAndSurviveTheirStoredForm() {
        let original = ReportFingerprint(text: Self.wire)
        let copy = ReportFingerprint(text: Self.wire + " The next session will be held in Addis Ababa.")
        let other = ReportFingerprint(text: "Oman and Iran signed a consular memorandum on Wednesday easing visa rules for truck drivers.")
        XCTAssertEqual(original.signature.count, MergeRules.signatureHashes)
        XCTAssertEqual(ReportFingerprint.signature(blob: original.signatureBlob), original.signature)
        XCTAssertGreaterThanOrEqual(Shingles.agreement(original.signature, copy.signature), 0.5)
        XCTAssertLessThan(Shingles.agreement(original.signature, other.signature), 0.1)
        let estimate = Shingles.estimatedSimilarity(original.signature, count: original.shingles.hashes.count,
                                                    copy.signature, count: copy.shingles.hashes.count)
        XCTAssertGreaterThanOrEqual(estimate, MergeRules.nearCopySimilarity)
        XCTAssertLessThan(Shingles.estimatedSimilarity(original.signature, count: original.shingles.hashes.count,
                                                       other.signature, count: other.shingles.hashes.count),
                          MergeRules.nearCopySimilarity)
    }

    /// Signatures and bands are stored, and later articles are compared
    /// with them: the fingerprint of a text must stay what archives made
    /// before hold (these signatures were stored by entente 0926ce4).
    func testFingerprintsStayThoseOfArchivesAlreadyMade() {
        let cases: [(text: String, signature: String, shingles: Int)] = [
            ("GENEVA, March 2 -- The foreign ministers of Norway and Chile, meeting for the 4th round of their Policy Dialogue, AGREED on Monday to open a joint fisheries research station by 2028 and to double student exchanges. \"We will work together on ocean data,\" the statement said; both sides called for restraint in the region.",
             "8D781D0BCDB756006431A904D6F8960137FB2A0CF7DB2000F0300B0D269AAC07A7AD94097320E703972234016F17CE056F4AE702CECB6300928F2B01CFA317012F80CC06240A2D04C1EEAE078F850D002AC87E015A09C302FDE3D5002FB22E05FDC68600D401F004B4A34C007751B90574993108C0C90602B569F006A1A35007", 50),
            ("OTTAWA, 3 mars — Le Canada et le Sénégal se sont engagés à renforcer leur coopération économique et à créer un « comité mixte » sur l'énergie. Les deux parties ont salué l'accord conclu à Dakar et appelé à une désescalade rapide.",
             "98999302778CB900BDBF8D0629CB6B054648D600ACBAF104D19E7C01586CAE14FD3282085A74D305B08A2902E84F22047FE3CD062748C1036E4C2403CA3A2000252C2805E8FD900433009902C1B4C700CDA4D70696ED5C00F81DEC00E6812C10319D6C05B0C99104BA75980FBD0D5004A7D1360532A7B20096BDA70015D9A70D", 37),
            ("الرياض، 4 مارس — اتَّفَقَ وزيرا خارجية المغرب والأردن على تعزيز التعاون في مجالات الطاقة والمياه، وأكَّد الجانبان دعمهما للحل السياسي في المنطقة خلال الدورة ١٢ للجنة المشتركة.",
             "67D70D05E549D61FBB5DCF03DB0809100520B91585799B12DAF51803D15B9E1820F5020763F15E05AC598811A44FAE06BCFC5D09133DCD122A5E1D08962DC41884489408C420380A2FC0D30F94C81403122A340C541F9E04FDAC57056166C8012F2A3F055571830225F82011D18671035825DF0AD581BC03208F8406428BE809", 22),
        ]
        for (text, signature, shingles) in cases {
            let fingerprint = ReportFingerprint(text: text)
            let hex = fingerprint.signatureBlob.map { String(format: "%02X", $0) }.joined()
            XCTAssertEqual(hex, signature, String(text.prefix(20)))
            XCTAssertEqual(fingerprint.shingles.hashes.count, shingles, String(text.prefix(20)))
        }
    }

    /// Clauses are compared as sets of words read as shingles read them.
    func testAClausesWordsIgnoreCaseAccentsAndRepeats() {
        XCTAssertEqual(Clause.words("Both sides AGREED; both sides agreed."), Clause.words("both sides agreed"))
        XCTAssertEqual(Clause.words("both sides agreed").count, 3)
        XCTAssertEqual(Clause.words("coopération économique"), Clause.words("COOPERATION economique"))
        XCTAssertNotEqual(Clause.words("both sides agreed"), Clause.words("both sides disagreed"))
    }
}
