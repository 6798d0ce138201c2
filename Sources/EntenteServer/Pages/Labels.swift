import Model

/// How stored codes read on a page.
enum Labels {
    /// `rtl` for Arabic text, `ltr` otherwise.
    static func direction(of language: String) -> String {
        language == Language.arabic.rawValue ? "rtl" : "ltr"
    }

    /// A stored code as words: `joint_statement` → "joint statement".
    static func words(_ code: String) -> String {
        code.replacingOccurrences(of: "_", with: " ")
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
        PartyCode(code).name(in: .english) ?? stored ?? code
    }
}

/// A party as pages show it: its code, its name, a link to its page.
struct PartyLabel: Hashable, Sendable {
    var code: String
    var name: String
    var link: String

    init(_ code: String, name: String? = nil) {
        self.code = code
        self.name = Labels.partyName(code, stored: name)
        self.link = "/parties/" + code
    }
}
