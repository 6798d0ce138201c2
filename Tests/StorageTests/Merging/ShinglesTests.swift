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
}
