/// The Porter (1980) stemming algorithm for English, written afresh on
/// ASCII bytes: cooperation, cooperate and cooperative become "cooper";
/// agreements becomes "agreement".
public enum EnglishStemmer {
    /// The stem of one English word.
    ///
    /// - Parameter word: a single lower-case word; letters outside a–z are
    ///   kept as they are and treated as consonants.
    public static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Stems lower-case ASCII bytes in place.
    static func stem(_ bytes: inout [UInt8]) {
        guard bytes.count > 2 else { return }
        // Swapping the buffer in and out avoids a copy on write.
        var porter = Porter(b: [])
        swap(&porter.b, &bytes)
        porter.k = porter.b.count - 1
        porter.run()
        swap(&porter.b, &bytes)
        bytes.removeSubrange(porter.k + 1..<bytes.count)
    }
}

/// The state of one word in Porter's algorithm: `b[0...k]` is the current
/// word, `j` marks the end of the stem before a matched suffix.
private struct Porter {
    var b: [UInt8]
    var k: Int
    var j = 0

    init(b: [UInt8]) {
        self.b = b
        self.k = b.count - 1
    }

    mutating func run() {
        step1ab(); step1c(); step2(); step3(); step4(); step5()
    }

    func isConsonant(_ i: Int) -> Bool {
        switch b[i] {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"):
            return false
        case UInt8(ascii: "y"):
            return i == 0 ? true : !isConsonant(i - 1)
        default:
            return true
        }
    }

    /// The number of vowel–consonant sequences in `b[0...j]`.
    func measure() -> Int {
        var n = 0
        var i = 0
        while true {
            if i > j { return n }
            if !isConsonant(i) { break }
            i += 1
        }
        i += 1
        while true {
            while true {
                if i > j { return n }
                if isConsonant(i) { break }
                i += 1
            }
            i += 1
            n += 1
            while true {
                if i > j { return n }
                if !isConsonant(i) { break }
                i += 1
            }
            i += 1
        }
    }

    func vowelInStem() -> Bool {
        guard j >= 0 else { return false }
        return (0...j).contains { !isConsonant($0) }
    }

    func doubleConsonant(_ i: Int) -> Bool {
        i >= 1 && b[i] == b[i - 1] && isConsonant(i)
    }

    /// consonant–vowel–consonant ending at `i`, the last not w, x or y.
    func cvc(_ i: Int) -> Bool {
        guard i >= 2, isConsonant(i), !isConsonant(i - 1), isConsonant(i - 2) else { return false }
        let c = b[i]
        return c != UInt8(ascii: "w") && c != UInt8(ascii: "x") && c != UInt8(ascii: "y")
    }

    mutating func ends(_ s: StaticString) -> Bool {
        let length = s.utf8CodeUnitCount
        guard length <= k + 1 else { return false }
        let start = k - length + 1
        let matches = s.withUTF8Buffer { suffix in
            (0..<length).allSatisfy { b[start + $0] == suffix[$0] }
        }
        if matches { j = k - length }
        return matches
    }

    mutating func setTo(_ s: StaticString) {
        let length = s.utf8CodeUnitCount
        s.withUTF8Buffer { suffix in
            for offset in 0..<length {
                let index = j + 1 + offset
                if index < b.count { b[index] = suffix[offset] } else { b.append(suffix[offset]) }
            }
        }
        k = j + length
    }

    mutating func replace(_ s: StaticString) {
        if measure() > 0 { setTo(s) }
    }

    mutating func step1ab() {
        if b[k] == UInt8(ascii: "s") {
            if ends("sses") { k -= 2 }
            else if ends("ies") { setTo("i") }
            else if k >= 1, b[k - 1] != UInt8(ascii: "s") { k -= 1 }
        }
        if ends("eed") {
            if measure() > 0 { k -= 1 }
        } else if (ends("ed") || ends("ing")) && vowelInStem() {
            k = j
            if ends("at") { setTo("ate") }
            else if ends("bl") { setTo("ble") }
            else if ends("iz") { setTo("ize") }
            else if doubleConsonant(k) {
                let c = b[k]
                if c != UInt8(ascii: "l"), c != UInt8(ascii: "s"), c != UInt8(ascii: "z") { k -= 1 }
            } else if ends("") && measure() == 1 && cvc(k) {
                setTo("e")
            }
        }
    }

    mutating func step1c() {
        if ends("y"), vowelInStem() { b[k] = UInt8(ascii: "i") }
    }

    mutating func step2() {
        guard k >= 1 else { return }
        switch b[k - 1] {
        case UInt8(ascii: "a"):
            if ends("ational") { replace("ate") } else if ends("tional") { replace("tion") }
        case UInt8(ascii: "c"):
            if ends("enci") { replace("ence") } else if ends("anci") { replace("ance") }
        case UInt8(ascii: "e"):
            if ends("izer") { replace("ize") }
        case UInt8(ascii: "l"):
            if ends("bli") { replace("ble") } else if ends("alli") { replace("al") }
            else if ends("entli") { replace("ent") } else if ends("eli") { replace("e") }
            else if ends("ousli") { replace("ous") }
        case UInt8(ascii: "o"):
            if ends("ization") { replace("ize") } else if ends("ation") { replace("ate") }
            else if ends("ator") { replace("ate") }
        case UInt8(ascii: "s"):
            if ends("alism") { replace("al") } else if ends("iveness") { replace("ive") }
            else if ends("fulness") { replace("ful") } else if ends("ousness") { replace("ous") }
        case UInt8(ascii: "t"):
            if ends("aliti") { replace("al") } else if ends("iviti") { replace("ive") }
            else if ends("biliti") { replace("ble") }
        case UInt8(ascii: "g"):
            if ends("logi") { replace("log") }
        default:
            break
        }
    }

    mutating func step3() {
        switch b[k] {
        case UInt8(ascii: "e"):
            if ends("icate") { replace("ic") } else if ends("ative") { replace("") }
            else if ends("alize") { replace("al") }
        case UInt8(ascii: "i"):
            if ends("iciti") { replace("ic") }
        case UInt8(ascii: "l"):
            if ends("ical") { replace("ic") } else if ends("ful") { replace("") }
        case UInt8(ascii: "s"):
            if ends("ness") { replace("") }
        default:
            break
        }
    }

    mutating func step4() {
        guard k >= 1 else { return }
        let matched: Bool
        switch b[k - 1] {
        case UInt8(ascii: "a"): matched = ends("al")
        case UInt8(ascii: "c"): matched = ends("ance") || ends("ence")
        case UInt8(ascii: "e"): matched = ends("er")
        case UInt8(ascii: "i"): matched = ends("ic")
        case UInt8(ascii: "l"): matched = ends("able") || ends("ible")
        case UInt8(ascii: "n"): matched = ends("ant") || ends("ement") || ends("ment") || ends("ent")
        case UInt8(ascii: "o"):
            matched = (ends("ion") && j >= 0 && (b[j] == UInt8(ascii: "s") || b[j] == UInt8(ascii: "t")))
                || ends("ou")
        case UInt8(ascii: "s"): matched = ends("ism")
        case UInt8(ascii: "t"): matched = ends("ate") || ends("iti")
        case UInt8(ascii: "u"): matched = ends("ous")
        case UInt8(ascii: "v"): matched = ends("ive")
        case UInt8(ascii: "z"): matched = ends("ize")
        default: matched = false
        }
        if matched, measure() > 1 { k = j }
    }

    mutating func step5() {
        j = k
        if b[k] == UInt8(ascii: "e") {
            let m = measure()
            if m > 1 || (m == 1 && !cvc(k - 1)) { k -= 1 }
        }
        if b[k] == UInt8(ascii: "l"), doubleConsonant(k), measure() > 1 { k -= 1 }
    }
}
