import Foundation
import XCTest
@testable import TextAnalysis

/// `LanguageDetector.detect` reads UTF-8 bytes and packs words into integers;
/// it must answer exactly as the plain reading by Unicode scalars and
/// Characters it replaced (kept below as the reference).
final class LanguageDetectorTests: XCTestCase {
    func testSameAnswersAsTheReferenceReading() throws {
        var texts: [String] = [
            "The two sides agreed to deepen cooperation in trade.",
            "Les deux parties sont convenues de renforcer la coopération.",
            "« L’accord » — a déclaré le ministre… de l’Union, the end",
            "le\u{301} le\u{301} le\u{301} the",            // a combining accent: read by Character
            "LE LE \u{212A}The",                            // Kelvin sign lowers to ASCII k
            "THE THE Les",                                  // capitals are lowered
            "theTHE the-the l'the d'accord",
            "thethethe the DANS dans dans",                 // longer than any listed word
            "Ÿ À É déjà été à la",                          // Latin-1 capitals and lowercase
            "İstanbul the the le",                          // lowers to i + combining dot: by Character
            "ﬁnance the", "Straße der",                     // a ligature, ß
            "ĀĒĪ ŒUVRE DES Ǆ ǅ ǈ Ɓ LES Ⱥ ȷ LE",               // Latin Extended capitals, digraphs, İ's kin
            "اتفقت الصين وباكستان على (CPEC) the the the",   // Arabic against Latin letters
            "CPEC BRI SCO UN وفد",
            "", " ", "123 456", "😀 the 😀 le la",
        ]
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SampleData")
        for name in try FileManager.default.contentsOfDirectory(atPath: sample.path).sorted() where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            texts.append(try String(contentsOf: sample.appendingPathComponent(name), encoding: .utf8))
        }
        XCTAssertGreaterThan(texts.count, 30)
        for text in texts {
            XCTAssertEqual(LanguageDetector.detect(text), Self.reference(text), text.prefix(60).description)
        }
    }

    /// Articles in languages Entente does not read are named, not taken
    /// for English; every sample article stays readable, as detected.
    func testOtherLanguagesAreNamedAndSampleArticlesStayReadable() throws {
        let others: [(String, String)] = [
            ("Die Außenminister von Deutschland und Österreich haben sich am Montag in Wien getroffen. Sie vereinbarten, die Zusammenarbeit im Bereich der Energie zu vertiefen. Der Minister sagte, dass die beiden Länder auch bei der Sicherheit enger zusammenarbeiten werden.", "German"),
            ("Los ministros de España y Marruecos se reunieron el lunes en Madrid. Acordaron reforzar la cooperación en materia de energía y firmaron un memorando para la creación de una comisión mixta entre los dos países.", "Spanish"),
            ("Il ministro degli Esteri e il suo omologo si sono incontrati lunedì a Roma. Hanno concordato di rafforzare la cooperazione nel settore dell'energia e della migrazione, e il prossimo incontro sarà a Tunisi.", "Italian"),
            ("Os ministros do Brasil e de Angola reuniram-se em Brasília e assinaram um acordo para a cooperação em energia, com uma comissão mista que vai reunir-se pela primeira vez em junho, segundo o comunicado do governo.", "Portuguese"),
            ("中国和巴基斯坦外长周一在北京举行会谈，双方同意深化在安全和贸易领域的合作。", "Chinese"),
            ("日本と韓国の外相は月曜日に東京で会談し、経済協力を強化することで合意した。", "Japanese"),
            ("Министры иностранных дел провели переговоры в Москве и договорились расширять сотрудничество.", "Russian or another Cyrillic-script language"),
        ]
        for (text, name) in others {
            XCTAssertEqual(LanguageDetector.identify(text), .unreadable(name), String(text.prefix(40)))
        }
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SampleData")
        for name in try FileManager.default.contentsOfDirectory(atPath: sample.path).sorted() where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            let text = try String(contentsOf: sample.appendingPathComponent(name), encoding: .utf8)
            XCTAssertEqual(LanguageDetector.identify(text), .readable(LanguageDetector.detect(text)), name)
        }
        // Too short to tell: English, as before.
        XCTAssertEqual(LanguageDetector.identify("Berlin, Wien und Bern"), .readable("en"))
    }

    /// The table of packed words finds each word with its lists, and no other.
    /// The scalars the detector decides by value: letters below U+0250 as
    /// `isAlphabetic` says, and general punctuation with no letter and no case.
    func testScalarsDecidedByValueAgreeWithTheProperties() {
        for value in 0..<0x250 {
            let scalar = Unicode.Scalar(UInt32(value))!
            XCTAssertEqual(LanguageDetector.isLatinLetter(scalar), scalar.properties.isAlphabetic, String(value, radix: 16))
        }
        for value in 0x2000..<0x2070 {
            let scalar = Unicode.Scalar(UInt32(value))!
            guard LanguageDetector.isGeneralPunctuation(scalar) else { continue }
            XCTAssertFalse(scalar.properties.isAlphabetic, String(value, radix: 16))
            XCTAssertEqual(scalar.properties.lowercaseMapping, String(scalar), String(value, radix: 16))
        }
    }

    func testPackedTableFindsItsWordsOnly() {
        var entries: [UInt64: UInt8] = [:]
        for n in 1...60 { entries[UInt64(n) &* 0x0101_0101 &+ UInt64(n % 7), default: 0] |= UInt8(n % 3 + 1) }
        let table = LanguageDetector.PackedTable(entries)
        for (word, lists) in entries { XCTAssertEqual(table.lists(of: word), lists) }
        for n in 61...400 where entries[UInt64(n)] == nil { XCTAssertNil(table.lists(of: UInt64(n))) }
    }

    /// The detector as it was before it read bytes (commit 1b985a6).
    private static func reference(_ text: String) -> String {
        var arabic = 0, latin = 0
        for scalar in text.unicodeScalars {
            switch Script.of(scalar) {
            case .arabic: arabic += 1
            case .latin: latin += 1
            case .other: break
            }
        }
        if arabic > 0, arabic * 2 >= latin { return "ar" }
        let englishWords: Set<String> = [
            "the", "and", "of", "to", "in", "is", "was", "that", "for", "on", "with", "said", "will", "have", "has",
            "its", "their", "it", "by", "from", "two", "would", "which", "at",
        ]
        let frenchWords: Set<String> = [
            "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "sur", "avec", "au", "aux",
            "que", "qui", "ont", "sont", "deux", "leur", "ce", "cette", "l", "d",
        ]
        var english = 0, french = 0
        var word = ""
        func count() {
            if englishWords.contains(word) { english += 1 }
            if frenchWords.contains(word) { french += 1 }
            word = ""
        }
        func letter(_ scalar: Unicode.Scalar) {
            let isLetter = scalar.isASCII
                ? (0x61...0x7A).contains(scalar.value) || (0x41...0x5A).contains(scalar.value)
                : scalar.properties.isAlphabetic
            if isLetter { word.unicodeScalars.append(scalar) } else if !word.isEmpty { count() }
        }
        func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0..<0x0300, 0x2010...0x2027, 0x2030...0x205E: return true
            default: return false
            }
        }
        var byScalar = true
        scan: for scalar in text.unicodeScalars {
            if scalar.isASCII {
                letter((0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar)
                continue
            }
            for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                guard isOwnCharacter(lowered) else { byScalar = false; break scan }
                letter(lowered)
            }
        }
        if !byScalar {
            english = 0
            french = 0
            word = ""
            for character in text.lowercased() {
                if character.isLetter { word.append(character) } else if !word.isEmpty { count() }
            }
        }
        if !word.isEmpty { count() }
        return french > english ? "fr" : "en"
    }
}
