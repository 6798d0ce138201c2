import Foundation
import XCTest
@testable import Storage

final class CSVWriterTests: XCTestCase {
    func testEscapingFollowsRFC4180() {
        let cases: [(String, String)] = [
            ("plain", "plain"),
            ("a,b", "\"a,b\""),
            ("say \"yes\"", "\"say \"\"yes\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("cr\rhere", "\"cr\rhere\""),
            ("التعاون، والأمن", "التعاون، والأمن"),
            ("", ""),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(CSVWriter.escape(input, formulaGuard: false), expected, input)
        }
    }

    func testFormulaGuardNeutralisesSpreadsheetTriggers() {
        let cases: [(String, String)] = [
            ("=1+1", "'=1+1"), ("+33", "'+33"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("=HYPERLINK(\"a\",\"b\")", "\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\""),
            ("a=b", "a=b"), ("ok", "ok"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(CSVWriter.escape(input, formulaGuard: true), expected, input)
        }
        XCTAssertEqual(CSVWriter.escape("=1+1", formulaGuard: false), "=1+1")
    }

    func testAtomicFileWritesRowsWithCRLFAndBOM() throws {
        let path = Fixtures.temporaryPath("out.csv")
        try AtomicFile.write(to: path) { sink in
            let csv = CSVWriter(sink: sink)
            try csv.writeByteOrderMark()
            try csv.write(row: ["a", "b,c"])
            try csv.write(row: ["ب", "d"])
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(String(decoding: data.dropFirst(3), as: UTF8.self), "a,\"b,c\"\r\nب,d\r\n")
    }

    func testFailedAtomicWriteLeavesEarlierFileAndNoTemporary() throws {
        let path = Fixtures.temporaryPath("out.csv")
        try Data("earlier".utf8).write(to: URL(fileURLWithPath: path))
        struct Boom: Error {}
        XCTAssertThrowsError(try AtomicFile.write(to: path) { sink in
            try sink.write("partial")
            try sink.flush()
            throw Boom()
        })
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "earlier")
        let folder = (path as NSString).deletingLastPathComponent
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["out.csv"])
    }
}
