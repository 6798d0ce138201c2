/// The office a person holds, from the contract's list.
public enum PersonRole: String, Codable, CaseIterable, Sendable, Hashable {
    case foreignMinister = "foreign_minister"
    case president
    case primeMinister = "prime_minister"
    case deputyPrimeMinister = "deputy_prime_minister"
    case king
    case crownPrince = "crown_prince"
    case emir
    case minister
    case secretaryGeneral = "secretary_general"
    case ambassador
    case spokesperson
    case other
}
