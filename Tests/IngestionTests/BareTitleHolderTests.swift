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

    /// "أكد وزراء خارجية دول مجلس التعاون": a plural title is no one holder, though the text names one
    /// foreign minister (the session's chair).
    func testAPluralTitleIsNotTheOneHolderNamed() {
        let text = "الرياض - واس\n"
            + "أكد وزراء خارجية دول مجلس التعاون لدول الخليج العربية وقوف الدول الأعضاء إلى جانب مملكة البحرين.\n"
            + "وجاء ذلك في بيان صدر في ختام الاجتماع الوزاري في دورته العادية بمقر الأمانة العامة الذي رأسه "
            + "الوزير المسؤول عن الشؤون الخارجية بسلطنة عمان يوسف بن علوي.\n"
        let commitments = TestSupport.extract(text, published: "2009-03-02", language: .arabic).commitments
        XCTAssertFalse(commitments.first?.by.contains("OM") ?? true, "\(commitments)")
    }

    /// "Nous, ministres des Affaires étrangères de A, de B…": the one foreign minister the text names
    /// later, with whom they spoke, is not their speaker.
    func testTheOneNamedMinisterDoesNotSpeakForTheirOwnWe() {
        let text = "Déclaration des ministres des Affaires étrangères du G7 (Berlin, 3 mai 2025)\n\n"
            + "Nous, ministres des Affaires étrangères de l’Allemagne, du Canada, des États-Unis, de la France, de l’Italie, "
            + "du Japon et du Royaume-Uni, et haut Représentant de l’Union européenne, soulignons notre volonté de demeurer unis.\n"
            + "Nous condamnons, avec le ministre ukrainien des Affaires étrangères, Ivan Petrenko, les frappes contre les civils.\n"
        let commitments = TestSupport.extract(text, published: "2025-05-03", language: .french).commitments
        let by = Set(commitments.first?.by.map(\.rawValue) ?? [])
        XCTAssertTrue(by.isSuperset(of: ["DE", "FR", "JP"]), "\(commitments)")
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
