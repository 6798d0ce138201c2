extension String {
    /// Whether the first character is a capital: the person and speaker finders' test of a name's word.
    var startsUppercase: Bool { first?.isUppercase == true }
}
