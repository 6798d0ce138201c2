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

    /// A country code is two letters, in any script; anything else is an organisation's or none.
    func testCountryCodesAreTwoLetters() {
        let cases: [(String, Bool)] = [("CN", true), ("pk", true), ("EU", true), ("ÉG", true), ("ДА", true), ("中国", true),
                                       ("GCC", false), ("P1", false), ("1P", false), ("C", false), ("", false),
                                       ("ABCD", false), ("É", false), ("C-", false)]
        for (raw, country) in cases {
            XCTAssertEqual(PartyCode(raw).isCountry, country, raw)
        }
    }

    func testKnownCodesAreCountriesAndOrganisationsOnly() {
        let cases: [(String, Bool)] = [("PK", true), ("CN", true), ("UN", true), ("LAS", true), ("GCC", true), ("EU", true),
                                       ("ZZ", false), ("XX", false), ("P1", false), ("pk", true), ("", false), ("ABCD", false)]
        for (code, known) in cases {
            XCTAssertEqual(PartyCode(code).isKnown, known, code)
        }
    }
}
