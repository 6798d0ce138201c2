import XCTest
import Foundation
@testable import TextAnalysis

final class ScratchTests: XCTestCase {
    func testPrint() throws {
        guard let path = ProcessInfo.processInfo.environment["SCRATCH"] else { return }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let analyzer = SearchAnalyzer()
        var out = ""
        func t(_ w: String) -> String { analyzer.analyze(w, language: .arabic).map(\.term).joined(separator: "+") }
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ").map(String.init)
            if parts.count == 3, parts[1] == "=" || parts[1] == "!" {
                let a = t(parts[0]), b = t(parts[2])
                let sa = Set(a.split(separator: "+")), sb = Set(b.split(separator: "+"))
                let ok = parts[1] == "=" ? !sa.isDisjoint(with: sb) : sa.isDisjoint(with: sb)
                out += (ok ? "ok   " : "FAIL ") + "\(parts[0])→\(a) \(parts[1]) \(parts[2])→\(b)\n"
                continue
            }
            let terms = parts.map { t($0) }
            out += zip(parts, terms).map { "\($0)→\($1.isEmpty ? "∅" : $1)" }.joined(separator: "  ") + "\n"
        }
        try out.write(toFile: path + ".out", atomically: true, encoding: .utf8)
    }
}
