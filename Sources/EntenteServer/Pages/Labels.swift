import Foundation
import Model

/// How stored codes read on a page.
enum Labels {
    /// `rtl` for Arabic text, `ltr` otherwise.
    static func direction(of language: String) -> String {
        language == Language.arabic.rawValue ? "rtl" : "ltr"
    }

    static func direction(of language: Language) -> String {
        direction(of: language.rawValue)
    }

    /// A stored code as words: `joint_statement` → "joint statement".
    static func words(_ code: String) -> String {
        code.replacingOccurrences(of: "_", with: " ")
    }

    /// A typed value's stored code as words.
    static func words<Value: RawRepresentable>(_ value: Value) -> String where Value.RawValue == String {
        words(value.rawValue)
    }

    static func languageName(_ code: String) -> String {
        switch Language(rawValue: code) {
        case .arabic: "Arabic"
        case .english: "English"
        case .french: "French"
        case nil: code
        }
    }

    /// The party's English name, as the interface's language.
    static func partyName(_ code: String, stored: String? = nil) -> String {
        if let known = englishNames.lock.withLock({ englishNames.names[code] }) { return known }
        let name = PartyCode(code).name(in: .english) ?? stored ?? code
        englishNames.lock.withLock { englishNames.names[code] = name }
        return name
    }

    static func partyName(_ code: PartyCode, stored: String? = nil) -> String {
        partyName(code.rawValue, stored: stored)
    }

    /// Names already looked up: a country's comes from ICU through a new
    /// `Locale` each time, about as costly as the rest of a search page
    /// (a page names 50 to 60 parties).
    private static let englishNames = NameCache()

    private final class NameCache: @unchecked Sendable {
        let lock = NSLock()
        var names: [String: String] = [:]
    }
}

/// A party as pages show it: its code, its name, a link to its page.
struct PartyLabel: Hashable, Sendable {
    var code: String
    var name: String
    var link: String

    init(_ code: PartyCode, name: String? = nil) {
        self.init(code.rawValue, name: name)
    }

    init(_ code: String, name: String? = nil) {
        self.code = code
        self.name = Labels.partyName(code, stored: name)
        self.link = "/parties/" + code
    }
}
