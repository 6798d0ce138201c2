import Model
import XCTest

/// A statement the text calls trilateral or tripartite, or joint across the
/// issuers' names ("a joint Egyptian-Greek statement"), is a joint statement;
/// one ministry's statement stays its own.
final class JointKindTests: XCTestCase {
    func testAStatementIssuedByTheListedSidesIsJoint() {
        let cases: [(String, StatementKind, Set<String>?, UInt)] = [
            ("The three countries issued a trilateral statement on Friday after two days of talks in Muscat.\n"
             + "They agreed to reopen their embassies within three months.\n", .jointStatement, nil, #line),
            ("أصدرت كل من مصر، والمملكة الأردنية الهاشمية، وجمهورية العراق، اليوم، بياناً ثلاثياً في ختام محادثات في عمان.\n"
             + "وأكدت الدول الثلاث التزامها بتعزيز التعاون في مجال الطاقة.\n", .jointStatement, ["EG", "JO", "IQ"], #line),
            ("Une déclaration tripartite rendue publique mardi par le Mali, le Niger et le Burkina Faso annonce la création "
             + "d'une force commune.\nLes trois pays se sont engagés à partager leurs renseignements.\n", .jointStatement, ["ML", "NE", "BF"], #line),
            ("Athens and Cairo will expand cooperation in energy, a joint Egyptian-Greek statement said on Monday.\n"
             + "The two sides agreed to hold annual consultations.\n", .jointStatement, ["GR", "EG"], #line),
            ("OTTAWA, le 3 mars 2026 -- Le premier ministre du Canada et le président du Sénégal se sont réunis à Ottawa. "
             + "Ils ont publié la déclaration suivante :\n\nLe Canada et le Sénégal s'engagent à renforcer leur coopération "
             + "dans l'éducation.\n", .jointStatement, ["CA", "SN"], #line),
            // A joint final statement is joint, though it is final too.
            ("صدر بيان ختامي مشترك عن مباحثات وزيري خارجية المغرب والسنغال في الرباط أمس، وأكد الوزيران أهمية التنسيق.\n",
             .jointStatement, ["MA", "SN"], #line),
            ("البيان الختامي المشترك لزيارة رئيس وزراء الأردن إلى الكويت\n\nوأكد الجانبان في البيان الختامي المشترك أهمية "
             + "تعزيز التعاون الاقتصادي.\n", .jointStatement, nil, #line),
            // A statement issued from the two ministers' meeting, in other words than "joint".
            ("دعا وزيرا خارجية تونس والأردن في بيان صدر عن اجتماع بينهما في عمان إلى تعزيز التبادل التجاري.\n"
             + "وأكد الوزيران أهمية التنسيق بين البلدين.\n", .jointStatement, ["TN", "JO"], #line),
            ("Egypt will expand cooperation with Greece in energy, the Egyptian foreign ministry said in a statement on Monday.\n"
             + "The ministry stressed the importance of regional stability.\n", .pressStatement, ["EG"], #line),
        ]
        for (text, kind, issuers, line) in cases {
            let e = TestSupport.extract(text, published: "2026-03-03")
            XCTAssertEqual(e.statement.kind, kind, text, line: line)
            if let issuers { XCTAssertEqual(Set(e.issuers.map(\.rawValue)), issuers, text, line: line) }
        }
    }

    /// "have jointly released a statement", « ont publié conjointement un communiqué »:
    /// the adverb makes one statement of the listed sides, as "joint" does.
    func testAStatementTheSidesIssuedJointlyIsJoint() {
        let cases: [(String, Set<String>, UInt)] = [
            ("Peru, Chile, and Ecuador have jointly released a statement after two days of talks in Quito.\n"
             + "The three countries called on the fishing fleets to respect the new quotas.\n", ["PE", "CL", "EC"], #line),
            ("Chile and Peru jointly issued a statement on Friday after the ministers met in Lima.\n"
             + "The two countries agreed to open a new border crossing.\n", ["CL", "PE"], #line),
            ("Le Chili et le Pérou ont publié conjointement un communiqué vendredi à l'issue des entretiens.\n"
             + "Les deux pays sont convenus d'ouvrir un nouveau poste frontière.\n", ["CL", "PE"], #line),
        ]
        for (text, issuers, line) in cases {
            let e = TestSupport.extract(text, published: "2026-03-03")
            XCTAssertEqual(e.statement.kind, .jointStatement, text, line: line)
            XCTAssertEqual(Set(e.issuers.map(\.rawValue)), issuers, text, line: line)
        }
    }
}
