import Foundation
import XCTest
@testable import Model

final class StatementDateTests: XCTestCase {
    func testParsesEachPrecisionAndRejectsImpossibleDates() {
        let cases: [(String, String?, DatePrecision?)] = [
            ("2026-01-05", "2026-01-05", .day), ("2026-01", "2026-01", .month), ("2026", "2026", .year),
            ("2024-02-29", "2024-02-29", .day), ("2025-02-29", nil, nil), ("2026-13", nil, nil),
            ("2026-1-5", nil, nil), ("26-01-05", nil, nil), ("", nil, nil), ("today", nil, nil),
        ]
        for (text, iso, precision) in cases {
            let date = StatementDate(iso: text)
            XCTAssertEqual(date?.iso, iso, text)
            XCTAssertEqual(date?.precision, precision, text)
        }
    }

    func testUnknownDateEncodesAsNullNeverToday() throws {
        let statement = Statement(kind: .readout)
        let json = String(decoding: try JSONEncoder().encode(statement), as: UTF8.self)
        XCTAssertTrue(json.contains("\"date\":null"), json)
        XCTAssertTrue(json.contains("\"date_precision\":\"unknown\""), json)
        XCTAssertEqual(try JSONDecoder().decode(Statement.self, from: Data(json.utf8)), statement)
    }

    func testISOTextIsZeroPadded() {
        let cases: [(StatementDate, String?)] = [
            (StatementDate(year: 2026, month: 1, day: 5), "2026-01-05"), (StatementDate(year: 999, month: 12), "0999-12"),
            (StatementDate(year: 7), "0007"), (StatementDate(year: 2026, month: 10, day: 31), "2026-10-31"), (.unknown, nil),
        ]
        for (date, iso) in cases { XCTAssertEqual(date.iso, iso) }
    }

    func testOrdersByKnownParts() {
        XCTAssertLessThan(StatementDate(iso: "2025-12-31")!, StatementDate(iso: "2026-01-01")!)
        XCTAssertLessThan(StatementDate(iso: "2026")!, StatementDate(iso: "2026-01")!)
    }
}

final class PartyCodeTests: XCTestCase {
    func testNamesComeFromCLDRWithCommonNamesWhereCLDRDiffers() {
        let cases: [(PartyCode, Language, String?)] = [
            ("pk", .arabic, "باكستان"), ("CN", .english, "China"), ("CN", .arabic, "الصين"),
            ("DZ", .french, "Algérie"), ("LAS", .english, "League of Arab States"), ("GCC", .arabic, "مجلس التعاون لدول الخليج العربية"),
            ("ZZ", .english, nil), ("XYZ", .english, nil),
        ]
        for (code, language, name) in cases {
            XCTAssertEqual(code.name(in: language), name, "\(code) \(language)")
        }
        XCTAssertTrue(PartyCode("eg").isCountry)
        XCTAssertFalse(PartyCode("ASEAN").isCountry)
    }
}
