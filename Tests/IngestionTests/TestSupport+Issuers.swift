import Model

extension TestSupport {
    /// The issuers' codes of the extraction of `text`.
    static func issuers(_ text: String, _ language: Language? = nil, published: String? = nil) -> Set<String> {
        Set(extract(text, published: published, language: language).issuers.map(\.rawValue))
    }
}
