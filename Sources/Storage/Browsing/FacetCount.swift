/// One filter value and how many commitments it would give.
public struct FacetCount<Value: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    public var value: Value
    public var count: Int

    public init(value: Value, count: Int) {
        self.value = value
        self.count = count
    }
}
