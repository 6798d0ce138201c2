import Foundation
@testable import Model
import XCTest

final class PartyCodeNamesTests: XCTestCase {
    /// The written-out country codes are ICU's, so that `isKnown` says what
    /// it said when it asked ICU.
    func testWrittenOutCountryCodesAreCLDRsTwoLetterRegions() {
        let fromICU = Set(Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 })
        XCTAssertEqual(PartyCode.countryCodes, fromICU)
    }

    func testEveryKnownCountryHasANameInEveryLanguage() {
        for code in PartyCode.countryCodes.sorted() {
            for language in Language.allCases {
                XCTAssertNotNil(PartyCode(code).name(in: language), "\(code) in \(language)")
            }
            XCTAssertTrue(PartyCode(code).isKnown, code)
        }
    }

    /// `isCountry` reads ASCII codes on their bytes: it must answer as two letters counted as characters.
    func testCountryCodesAreTwoLettersCountedAsCharacters() {
        let codes = ["CN", "pk", "EU", "GCC", "P1", "1P", "C", "", "ABCD", "É", "ÉG", "E\u{301}G", "ДА", "中国", "\r\n", "C-", "AB\u{301}"]
        for raw in codes {
            let code = PartyCode(raw)
            let characters = code.rawValue.count == 2 && code.rawValue.allSatisfy(\.isLetter)
            XCTAssertEqual(code.isCountry, characters, raw.unicodeScalars.map(\.value).description)
        }
        XCTAssertTrue(PartyCode("CN").isCountry)
        XCTAssertFalse(PartyCode("GCC").isCountry)
    }

    func testKnownCodesAreCountriesAndOrganisationsOnly() {
        let cases: [(String, Bool)] = [("PK", true), ("CN", true), ("UN", true), ("LAS", true), ("GCC", true), ("EU", true),
                                       ("ZZ", false), ("XX", false), ("P1", false), ("pk", true), ("", false), ("ABCD", false)]
        for (code, known) in cases {
            XCTAssertEqual(PartyCode(code).isKnown, known, code)
        }
    }
}
