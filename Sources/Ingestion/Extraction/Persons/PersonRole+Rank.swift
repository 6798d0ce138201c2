import Model

extension PersonRole {
    /// The order in which one holder's posts matter for a diplomatic statement
    /// (GUIDELINES.md: "the one that matters"): a head of state's title over a
    /// government post, the foreign ministry over a deputy premiership, any
    /// post over "other". Earlier is more telling.
    private static let precedence: [PersonRole] = [
        .president, .king, .emir, .sultan, .vicePresident, .crownPrince, .primeMinister, .foreignMinister,
        .deputyPrimeMinister, .secretaryGeneral, .parliamentSpeaker, .deputyForeignMinister, .minister,
        .specialEnvoy, .seniorOfficial, .ambassador, .spokesperson, .other,
    ]

    /// Whether this post says more about its holder's part in a statement than `other`.
    func outranks(_ other: PersonRole) -> Bool {
        (Self.precedence.firstIndex(of: self) ?? Self.precedence.count) < (Self.precedence.firstIndex(of: other) ?? Self.precedence.count)
    }
}
