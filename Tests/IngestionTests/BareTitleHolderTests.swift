import Model
import XCTest

/// "وأكد جلالة الملك …" after "الملك عبدالله الثاني": a bare title is the one official of that
/// office the text names; a son's nasab ("الحسين بن عبدالله الثاني") does not make the father him.
final class BareTitleHolderTests: XCTestCase {
    static let text = "الملك والرئيس العراقي يبحثان التعاون الاقتصادي\n"
        + "أكد جلالة الملك عبدالله الثاني والرئيس العراقي برهم صالح، خلال مباحثاتهما في عمان اليوم بحضور سمو الأمير "
        + "الحسين بن عبدالله الثاني، ولي العهد، أهمية تطوير التعاون بين البلدين.\n"
        + "وأكد جلالة الملك وقوف الأردن إلى جانب العراق في تعزيز أمنه واستقراره.\n"
        + "واتفق جلالة الملك والرئيس العراقي على مواصلة التنسيق بين البلدين.\n"

    func testABareTitleSpeaksForTheOneHolderTheTextNames() {
        let commitments = TestSupport.extract(Self.text, published: "2019-01-14", language: .arabic).commitments
        let support = commitments.first { $0.type == .support }
        XCTAssertEqual(support?.by.map(\.rawValue), ["JO"], "\(commitments)")
        let pledge = commitments.first { $0.type == .pledge }
        XCTAssertEqual(pledge.map { Set($0.by.map(\.rawValue)) }, ["JO", "IQ"], "\(commitments)")
    }

    func testASonsNasabDoesNotMergeHisFatherIntoHim() {
        let persons = TestSupport.extract(Self.text, published: "2019-01-14", language: .arabic).persons
        XCTAssertEqual(persons.first { $0.role == .king }?.name, "عبدالله الثاني", "\(persons)")
    }

    /// Two foreign ministers, one of whose party is found only later: "وزير الخارجية" alone names neither.
    func testAnOfficeTwoOfficialsHoldNamesNeither() {
        let text = "الرياض - تلقى الأمير فهد بن سالم وزير الخارجية، اليوم، اتصالا هاتفيا من وزير خارجية الجمهورية الإسلامية "
            + "الإيرانية أمير كاظمي.\n"
            + "وأكد سمو وزير الخارجية حرص المملكة على مواصلة تنفيذ الاتفاق المبرم بين البلدين.\n"
        let commitments = TestSupport.extract(text, published: "2025-01-14", language: .arabic).commitments
        XCTAssertEqual(commitments.first?.by.map(\.rawValue), ["SA"], "\(commitments)")
    }
}
