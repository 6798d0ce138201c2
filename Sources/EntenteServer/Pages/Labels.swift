import Foundation
import Model

/// How the Model's values read on a page.
enum Labels {
    /// `rtl` for Arabic text, `ltr` otherwise.
    static func direction(of language: Language) -> String {
        language == .arabic ? "rtl" : "ltr"
    }

    /// A value's stored code as words: `joint_statement` → "joint statement".
    static func words<Value: RawRepresentable>(_ value: Value) -> String where Value.RawValue == String {
        value.rawValue.replacingOccurrences(of: "_", with: " ")
    }

    /// A number of things in words: "1 statement", "3 statements".
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    static func languageName(_ language: Language) -> String {
        switch language {
        case .arabic: "Arabic"
        case .english: "English"
        case .french: "French"
        }
    }

    /// The party's English name, as the interface's language.
    static func partyName(_ code: PartyCode, stored: String? = nil) -> String {
        if let known = englishNames.lock.withLock({ englishNames.names[code] }) { return known }
        let name = code.name(in: .english) ?? stored ?? code.rawValue
        englishNames.lock.withLock { englishNames.names[code] = name }
        return name
    }

    /// Names already looked up: a country's comes from ICU through a new
    /// `Locale` each time, about as costly as the rest of a search page
    /// (a page names 50 to 60 parties).
    private static let englishNames = NameCache()

    private final class NameCache: @unchecked Sendable {
        let lock = NSLock()
        var names: [PartyCode: String] = [:]
    }
}

/// A party as pages show it: its code, its name, a link to its page.
struct PartyLabel: Hashable, Sendable {
    var code: String
    var name: String
    var link: String

    init(_ code: PartyCode, name: String? = nil) {
        self.code = code.rawValue
        self.name = Labels.partyName(code, stored: name)
        self.link = "/parties/" + code.rawValue
    }
}
