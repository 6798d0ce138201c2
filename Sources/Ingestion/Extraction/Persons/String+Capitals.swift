extension String {
    /// `first?.isUppercase == true`. A first character that is one ASCII scalar
    /// (that of nearly every Latin word) is read on its byte: `Character`'s
    /// answer breaks graphemes and looks up Unicode properties, and the person
    /// and speaker finders ask it at every word of every name they read.
    var startsUppercase: Bool {
        let bytes = utf8
        if let lead = bytes.first, lead < 0x80 {
            // An ASCII scalar ends its character unless it is a CR before an LF;
            // a non-ASCII one may extend it (a combining accent).
            let next = bytes.dropFirst().first
            if next.map({ $0 < 0x80 && !(lead == 0x0D && $0 == 0x0A) }) ?? true {
                return (0x41...0x5A).contains(lead)
            }
        }
        return first?.isUppercase == true
    }
}
