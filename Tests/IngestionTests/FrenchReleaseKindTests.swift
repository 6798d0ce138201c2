import Model
import XCTest

/// GUIDELINES: one party's own statement is a press_statement. French news
/// introduces a ministry's release as "dans un communiqué", which is no
/// summit's communique; a joint or final one keeps its own kind.
final class FrenchReleaseKindTests: XCTestCase {
    func testACommuniqueWithTheIndefiniteArticleIsOnePartysRelease() {
        let cases: [(String, StatementKind, UInt)] = [
            ("Le Chili condamne l'attaque contre le poste frontière, a indiqué mardi le ministère des Affaires étrangères dans un communiqué.", .pressStatement, #line),
            ("Le Pérou a salué, dans un communiqué rendu public lundi, la hausse des échanges avec le Chili.", .pressStatement, #line),
            ("Dans un communiqué conjoint publié lundi, le Chili et le Pérou ont salué la hausse des échanges.", .jointStatement, #line),
            ("Les ministres ont salué, dans un communiqué final publié lundi, la hausse des échanges.", .communique, #line),
            // « Dans une déclaration » is one party's release too; a joint one keeps its kind.
            ("Le Canada revient sur les heurts au Togo. Dans une déclaration, il appelle au calme et au dialogue.", .pressStatement, #line),
            ("Dans une déclaration conjointe publiée lundi, le Chili et le Pérou ont salué la hausse des échanges.", .jointStatement, #line),
            // A communiqué its sentence has a summit's heads of state issue is that summit's communique.
            ("Les chefs d’État réunis en sommet ont appelé à la fin des combats au Sahel, a annoncé la CEDEAO dans un communiqué.",
             .communique, #line),
        ]
        for (text, kind, line) in cases {
            XCTAssertEqual(TestSupport.extract(text).statement.kind, kind, text, line: line)
        }
    }

    /// A bare communiqué issued at the meeting's close, in which the two sides speak
    /// together, is their joint text; one side's account of the meeting stays a readout.
    func testACommuniqueIssuedAfterTheMeetingWhereBothSidesSpeakIsJoint() {
        let cases: [(String, StatementKind, UInt)] = [
            ("La ministre des Affaires étrangères Ama Owusu a rencontré lundi à Rabat son homologue marocain Youssef Alami.\n"
             + "Selon le communiqué publié après la rencontre, les deux parties ont convenu de créer un groupe de travail sur les engrais.",
             .jointStatement, #line),
            ("La ministre des Affaires étrangères Ama Owusu a rencontré lundi à Rabat son homologue marocain Youssef Alami.\n"
             + "Selon le communiqué publié après la rencontre par le ministère, la ministre a salué la qualité des relations.",
             .readout, #line),
            // The close named without a participle: "وفي بيان، عقب اللقاء، أكد الجانبان".
            ("استضاف رئيس الإكوادور رئيس البيرو ورئيس وزراء تشيلي في اجتماع عقد في كيتو.\n"
             + "وفي بيان، عقب اللقاء، أكد الجانبان التزامهما باحترام سيادة كل منهما.", .jointStatement, #line),
            ("The president of Ecuador hosted the president of Peru in Quito.\n"
             + "In a statement after the meeting, the two sides affirmed their respect for each other's sovereignty.",
             .jointStatement, #line),
        ]
        for (text, kind, line) in cases {
            XCTAssertEqual(TestSupport.extract(text).statement.kind, kind, text, line: line)
        }
    }
}
