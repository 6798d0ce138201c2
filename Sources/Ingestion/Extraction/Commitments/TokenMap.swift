/// Values by token index, for the few tokens of a document that have one
/// ("the party mention that starts here"): a slot per token, so that a
/// look-up, asked at nearly every token of every look-around, is an array
/// read where a `Dictionary<Int, …>` hashed the index. Past either end of
/// the tokens there is no value.
struct TokenMap<Value> {
    /// Per token (and one past the last, where mentions end), the value's
    /// place in `values`; -1 for none.
    private var slots: [Int32]
    private var values: [Value] = []

    /// A map for a document of `tokens` tokens, empty, with room for
    /// `capacity` values (grown one at a time, an array of mentions was
    /// reallocated and moved some fifty times an article).
    init(tokens: Int, capacity: Int = 0) {
        slots = Array(repeating: -1, count: tokens + 1)
        values.reserveCapacity(capacity)
    }

    subscript(index: Int) -> Value? {
        get {
            guard index >= 0, index < slots.count else { return nil }
            let slot = Int(slots[index])
            return slot < 0 ? nil : values[slot]
        }
        set {
            guard let newValue else {
                slots[index] = -1
                return
            }
            slots[index] = Int32(values.count)
            values.append(newValue)
        }
    }

    /// Gives every token of `range` the value `value`, kept once.
    mutating func set(_ range: Range<Int>, to value: Value) {
        guard !range.isEmpty else { return }
        let slot = Int32(values.count)
        values.append(value)
        for i in range { slots[i] = slot }
    }
}
