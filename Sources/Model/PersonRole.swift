/// The office a person holds, from the contract's list (GUIDELINES.md):
/// functional, not literal titles.
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
    /// A head of state's deputy: vice president, نائب الرئيس, vice-président.
    case vicePresident = "vice_president"
    case sultan
    /// A deputy or state minister of foreign affairs.
    case deputyForeignMinister = "deputy_foreign_minister"
    /// Below minister: under-secretaries, assistant secretaries, directors-general, chiefs of staff.
    case seniorOfficial = "senior_official"
    /// Special envoys and special representatives of a state or an organisation.
    case specialEnvoy = "special_envoy"
    /// The speaker of a parliament or of one of its chambers.
    case parliamentSpeaker = "parliament_speaker"
}
