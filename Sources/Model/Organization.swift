/// The international organisations Entente knows by code, with their names
/// in the three languages. Countries need no such table: their names come
/// from the CLDR data that ships with Foundation (see `PartyCode+Names`).
public struct Organization: Hashable, Sendable {
    public var code: PartyCode
    public var english: String
    public var arabic: String
    public var french: String

    /// Every organisation in the contract's list, and a few more that
    /// statements often name.
    public static let all: [Organization] = [
        .init(code: "UN", english: "United Nations", arabic: "الأمم المتحدة", french: "Organisation des Nations unies"),
        .init(code: "EU", english: "European Union", arabic: "الاتحاد الأوروبي", french: "Union européenne"),
        .init(code: "AU", english: "African Union", arabic: "الاتحاد الأفريقي", french: "Union africaine"),
        .init(code: "GCC", english: "Gulf Cooperation Council", arabic: "مجلس التعاون لدول الخليج العربية", french: "Conseil de coopération du Golfe"),
        .init(code: "LAS", english: "League of Arab States", arabic: "جامعة الدول العربية", french: "Ligue des États arabes"),
        .init(code: "ASEAN", english: "Association of Southeast Asian Nations", arabic: "رابطة دول جنوب شرق آسيا", french: "Association des nations de l'Asie du Sud-Est"),
        .init(code: "SCO", english: "Shanghai Cooperation Organisation", arabic: "منظمة شنغهاي للتعاون", french: "Organisation de coopération de Shanghai"),
        .init(code: "BRICS", english: "BRICS", arabic: "بريكس", french: "BRICS"),
        .init(code: "OIC", english: "Organisation of Islamic Cooperation", arabic: "منظمة التعاون الإسلامي", french: "Organisation de la coopération islamique"),
        .init(code: "NATO", english: "North Atlantic Treaty Organization", arabic: "حلف شمال الأطلسي", french: "Organisation du traité de l'Atlantique nord"),
        .init(code: "IMF", english: "International Monetary Fund", arabic: "صندوق النقد الدولي", french: "Fonds monétaire international"),
        .init(code: "WB", english: "World Bank", arabic: "البنك الدولي", french: "Banque mondiale"),
        .init(code: "WTO", english: "World Trade Organization", arabic: "منظمة التجارة العالمية", french: "Organisation mondiale du commerce"),
        .init(code: "OPEC", english: "OPEC", arabic: "أوبك", french: "OPEP"),
        .init(code: "G20", english: "Group of Twenty", arabic: "مجموعة العشرين", french: "G20"),
        .init(code: "G7", english: "Group of Seven", arabic: "مجموعة السبع", french: "G7"),
        .init(code: "IAEA", english: "International Atomic Energy Agency", arabic: "الوكالة الدولية للطاقة الذرية", french: "Agence internationale de l'énergie atomique"),
        .init(code: "WHO", english: "World Health Organization", arabic: "منظمة الصحة العالمية", french: "Organisation mondiale de la santé"),
        .init(code: "ICC", english: "International Criminal Court", arabic: "المحكمة الجنائية الدولية", french: "Cour pénale internationale"),
        .init(code: "ICJ", english: "International Court of Justice", arabic: "محكمة العدل الدولية", french: "Cour internationale de justice"),
        .init(code: "UNSC", english: "United Nations Security Council", arabic: "مجلس الأمن الدولي", french: "Conseil de sécurité des Nations unies"),
        .init(code: "UNRWA", english: "UNRWA", arabic: "الأونروا", french: "UNRWA"),
        .init(code: "OSCE", english: "Organization for Security and Co-operation in Europe", arabic: "منظمة الأمن والتعاون في أوروبا", french: "Organisation pour la sécurité et la coopération en Europe"),
        .init(code: "ECOWAS", english: "Economic Community of West African States", arabic: "المجموعة الاقتصادية لدول غرب أفريقيا", french: "Communauté économique des États de l'Afrique de l'Ouest"),
        .init(code: "IGAD", english: "Intergovernmental Authority on Development", arabic: "الهيئة الحكومية للتنمية", french: "Autorité intergouvernementale pour le développement"),
    ]

    static let byCode: [PartyCode: Organization] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    public static func named(_ code: PartyCode) -> Organization? { byCode[code] }
}
