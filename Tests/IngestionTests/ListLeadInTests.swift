import Model
import XCTest

/// The items of a list introduced by a sentence ending in a colon ("The two sides
/// agreed to:", "Les ministres ont souligné :", "واتفق الجانبان على ما يلي:") have no
/// verb of their own: each is a commitment whose type and speaker are the introduction's.
final class ListLeadInTests: XCTestCase {
    func testListItemsTakeTheirIntroductionsTypeAndSpeaker() {
        let opening = "Chile and Peru held talks in Lima on Monday.\n\n"
        let cases: [(String, [String], UInt)] = [
            // A stance other than a pledge.
            (opening + "The two ministers stressed:\n\n- the value of regular dialogue on fisheries;\n- the need to respect international law.",
             ["position CL+PE the value of regular dialogue on fisheries", "position CL+PE the need to respect international law."], #line),
            (opening + "Peru urged:\n\n1. the donors to release the promised reconstruction funds;\n2. all armed groups to lay down their weapons.",
             ["call PE the donors to release the promised reconstruction funds", "call PE all armed groups to lay down their weapons."], #line),
            (opening + "The two sides welcomed:\n\n- the reopening of the border crossing at the coast;\n- the growth of bilateral trade last year.",
             ["welcome CL+PE the reopening of the border crossing at the coast", "welcome CL+PE the growth of bilateral trade last year."], #line),
            // One side's undertaking: that side's.
            (opening + "Chile pledged to:\n\n- build a new road to the border;\n- train customs officers from both countries.",
             ["pledge CL build a new road to the border", "pledge CL train customs officers from both countries."], #line),
            // An item with a stance of its own keeps it.
            (opening + "The two sides agreed on the following:\n\n- to open a consulate in Arica;\n- they condemned the attack on the border post.",
             ["pledge CL+PE to open a consulate in Arica", "condemn CL+PE they condemned the attack on the border post."], #line),
            ("Le Chili et le Pérou ont tenu des consultations à Lima lundi.\n\nLes deux ministres ont souligné :\n\n- l'importance d'un dialogue régulier sur la pêche ;\n- la nécessité de respecter le droit international.",
             ["position CL+PE l'importance d'un dialogue régulier sur la pêche", "position CL+PE la nécessité de respecter le droit international."], #line),
            ("عقدت تشيلي والبيرو مشاورات في ليما يوم الاثنين.\n\nوأكد الوزيران على ما يلي:\n\n- أهمية الحوار المنتظم بشأن الصيد البحري.\n- ضرورة احترام القانون الدولي.",
             ["position CL+PE أهمية الحوار المنتظم بشأن الصيد البحري.", "position CL+PE ضرورة احترام القانون الدولي."], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.commitmentLines(text), expected, text, line: line)
        }
    }

    /// A list numbered inside its paragraph ("agreed to: 1. …; 2. …") is cut after
    /// each number, which left its items without a verb and so without a commitment.
    func testItemsNumberedInsideAParagraphAreCommitments() {
        let opening = "Chile and Peru held talks in Lima on Monday.\n\n"
        let cases: [(String, [String], UInt)] = [
            (opening + "The two sides agreed to: 1. open a consulate in Arica; 2. hold a trade fair next spring; 3. train customs officers together.",
             ["pledge CL+PE open a consulate in Arica", "pledge CL+PE hold a trade fair next spring", "pledge CL+PE train customs officers together."], #line),
            (opening + "Peru urged: 1. the donors to release the promised funds; 2. all armed groups to lay down their weapons.",
             ["call PE the donors to release the promised funds", "call PE all armed groups to lay down their weapons."], #line),
            ("Le Chili et le Pérou ont tenu des consultations à Lima lundi.\n\nLes deux ministres sont convenus de : 1. ouvrir un consulat à Arica ; 2. organiser une foire commerciale au printemps.",
             ["pledge CL+PE ouvrir un consulat à Arica", "pledge CL+PE organiser une foire commerciale au printemps."], #line),
            // An introduction that states nothing: an agenda, no commitments.
            (opening + "The agenda of the talks covered: 1. the maritime boundary; 2. fishing quotas; 3. migration at the border.",
             [], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.commitmentLines(text), expected, text, line: line)
        }
    }
}
