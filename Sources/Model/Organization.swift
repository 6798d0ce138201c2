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
        // The contract's code for the African Union is also ISO's for
        // Australia, and the annotation standard codes both AU: the name
        // says so wherever the code is shown.
        .init(code: "AU", english: "African Union / Australia", arabic: "الاتحاد الأفريقي / أستراليا", french: "Union africaine / Australie"),
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
        .init(code: "G8", english: "Group of Eight", arabic: "مجموعة الثماني", french: "G8"),
        .init(code: "IAEA", english: "International Atomic Energy Agency", arabic: "الوكالة الدولية للطاقة الذرية", french: "Agence internationale de l'énergie atomique"),
        .init(code: "WHO", english: "World Health Organization", arabic: "منظمة الصحة العالمية", french: "Organisation mondiale de la santé"),
        .init(code: "ICC", english: "International Criminal Court", arabic: "المحكمة الجنائية الدولية", french: "Cour pénale internationale"),
        .init(code: "ICJ", english: "International Court of Justice", arabic: "محكمة العدل الدولية", french: "Cour internationale de justice"),
        .init(code: "UNSC", english: "United Nations Security Council", arabic: "مجلس الأمن الدولي", french: "Conseil de sécurité des Nations unies"),
        .init(code: "UNRWA", english: "UNRWA", arabic: "الأونروا", french: "UNRWA"),
        .init(code: "OSCE", english: "Organization for Security and Co-operation in Europe", arabic: "منظمة الأمن والتعاون في أوروبا", french: "Organisation pour la sécurité et la coopération en Europe"),
        .init(code: "ECOWAS", english: "Economic Community of West African States", arabic: "المجموعة الاقتصادية لدول غرب أفريقيا", french: "Communauté économique des États de l'Afrique de l'Ouest"),
        .init(code: "IGAD", english: "Intergovernmental Authority on Development", arabic: "الهيئة الحكومية للتنمية", french: "Autorité intergouvernementale pour le développement"),
        .init(code: "OIF", english: "International Organisation of La Francophonie", arabic: "المنظمة الدولية للفرنكوفونية", french: "Organisation internationale de la Francophonie"),
        .init(code: "SADC", english: "Southern African Development Community", arabic: "مجموعة تنمية الجنوب الأفريقي", french: "Communauté de développement de l'Afrique australe"),
        .init(code: "EAC", english: "East African Community", arabic: "مجموعة شرق أفريقيا", french: "Communauté d'Afrique de l'Est"),
        .init(code: "ECCAS", english: "Economic Community of Central African States", arabic: "المجموعة الاقتصادية لدول وسط أفريقيا", french: "Communauté économique des États de l'Afrique centrale"),
        .init(code: "UEMOA", english: "West African Economic and Monetary Union", arabic: "الاتحاد الاقتصادي والنقدي لغرب أفريقيا", french: "Union économique et monétaire ouest-africaine"),
        .init(code: "UMA", english: "Arab Maghreb Union", arabic: "اتحاد المغرب العربي", french: "Union du Maghreb arabe"),
        .init(code: "AES", english: "Alliance of Sahel States", arabic: "تحالف دول الساحل", french: "Alliance des États du Sahel"),
        .init(code: "LCBC", english: "Lake Chad Basin Commission", arabic: "لجنة حوض بحيرة تشاد", french: "Commission du bassin du lac Tchad"),
        .init(code: "OAS", english: "Organization of American States", arabic: "منظمة الدول الأمريكية", french: "Organisation des États américains"),
        .init(code: "CELAC", english: "Community of Latin American and Caribbean States", arabic: "مجموعة دول أمريكا اللاتينية والكاريبي", french: "Communauté des États latino-américains et caraïbes"),
        .init(code: "MERCOSUR", english: "Mercosur", arabic: "ميركوسور", french: "Mercosur"),
        .init(code: "CARICOM", english: "Caribbean Community", arabic: "الجماعة الكاريبية", french: "Communauté caribéenne"),
        .init(code: "ALBA", english: "Bolivarian Alliance for the Peoples of Our America", arabic: "التحالف البوليفاري لشعوب أمريكا", french: "Alliance bolivarienne pour les peuples de notre Amérique"),
        .init(code: "APEC", english: "Asia-Pacific Economic Cooperation", arabic: "منتدى التعاون الاقتصادي لآسيا والمحيط الهادئ", french: "Coopération économique pour l'Asie-Pacifique"),
        .init(code: "COMMONWEALTH", english: "Commonwealth of Nations", arabic: "رابطة الكومنولث", french: "Commonwealth"),
        .init(code: "NAM", english: "Non-Aligned Movement", arabic: "حركة عدم الانحياز", french: "Mouvement des non-alignés"),
        .init(code: "G77", english: "Group of 77", arabic: "مجموعة الـ77", french: "Groupe des 77"),
        .init(code: "CIS", english: "Commonwealth of Independent States", arabic: "رابطة الدول المستقلة", french: "Communauté des États indépendants"),
        .init(code: "CSTO", english: "Collective Security Treaty Organization", arabic: "منظمة معاهدة الأمن الجماعي", french: "Organisation du traité de sécurité collective"),
        .init(code: "EAEU", english: "Eurasian Economic Union", arabic: "الاتحاد الاقتصادي الأوراسي", french: "Union économique eurasiatique"),
        .init(code: "OECD", english: "Organisation for Economic Co-operation and Development", arabic: "منظمة التعاون الاقتصادي والتنمية", french: "Organisation de coopération et de développement économiques"),
        .init(code: "IBSA", english: "India-Brazil-South Africa Dialogue Forum", arabic: "منتدى الهند والبرازيل وجنوب أفريقيا", french: "Forum de dialogue Inde-Brésil-Afrique du Sud"),
        .init(code: "UNHRC", english: "United Nations Human Rights Council", arabic: "مجلس حقوق الإنسان", french: "Conseil des droits de l'homme"),
        .init(code: "UNESCO", english: "UNESCO", arabic: "اليونسكو", french: "UNESCO"),
        .init(code: "UNICEF", english: "UNICEF", arabic: "اليونيسف", french: "UNICEF"),
        .init(code: "UNHCR", english: "United Nations High Commissioner for Refugees", arabic: "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", french: "Haut-Commissariat des Nations unies pour les réfugiés"),
        .init(code: "WFP", english: "World Food Programme", arabic: "برنامج الأغذية العالمي", french: "Programme alimentaire mondial"),
        .init(code: "FAO", english: "Food and Agriculture Organization", arabic: "منظمة الأغذية والزراعة", french: "Organisation des Nations unies pour l'alimentation et l'agriculture"),
        .init(code: "CEI", english: "Central European Initiative", arabic: "المبادرة الأوروبية المركزية", french: "Initiative centre-européenne"),
        .init(code: "CBSS", english: "Council of the Baltic Sea States", arabic: "مجلس دول بحر البلطيق", french: "Conseil des États de la mer Baltique"),
        .init(code: "BSEC", english: "Organization of the Black Sea Economic Cooperation", arabic: "منظمة التعاون الاقتصادي لدول البحر الأسود", french: "Organisation de coopération économique de la mer Noire"),
        .init(code: "V4", english: "Visegrad Group", arabic: "مجموعة فيشغراد", french: "Groupe de Visegrád"),
        .init(code: "COE", english: "Council of Europe", arabic: "مجلس أوروبا", french: "Conseil de l'Europe"),
        .init(code: "SAARC", english: "South Asian Association for Regional Cooperation", arabic: "رابطة جنوب آسيا للتعاون الإقليمي", french: "Association sud-asiatique pour la coopération régionale"),
        .init(code: "BIMSTEC", english: "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation", arabic: "مبادرة خليج البنغال", french: "Initiative du golfe du Bengale"),
        .init(code: "PIF", english: "Pacific Islands Forum", arabic: "منتدى جزر المحيط الهادئ", french: "Forum des îles du Pacifique"),
        .init(code: "CEMAC", english: "Economic and Monetary Community of Central Africa", arabic: "المجموعة الاقتصادية والنقدية لوسط أفريقيا", french: "Communauté économique et monétaire de l'Afrique centrale"),
        .init(code: "COMESA", english: "Common Market for Eastern and Southern Africa", arabic: "السوق المشتركة لشرق وجنوب أفريقيا", french: "Marché commun de l'Afrique orientale et australe"),
        .init(code: "CENSAD", english: "Community of Sahel-Saharan States", arabic: "تجمع دول الساحل والصحراء", french: "Communauté des États sahélo-sahariens"),
        .init(code: "G5S", english: "G5 Sahel", arabic: "مجموعة دول الساحل الخمس", french: "G5 Sahel"),
        .init(code: "IORA", english: "Indian Ocean Rim Association", arabic: "رابطة الدول المطلة على المحيط الهندي", french: "Association des États riverains de l'océan Indien"),
        .init(code: "SICA", english: "Central American Integration System", arabic: "منظومة التكامل لأمريكا الوسطى", french: "Système d'intégration centraméricain"),
        .init(code: "CICA", english: "Conference on Interaction and Confidence-Building Measures in Asia", arabic: "مؤتمر التفاعل وتدابير بناء الثقة في آسيا", french: "Conférence pour l'interaction et les mesures de confiance en Asie"),
    ]

    static let byCode: [PartyCode: Organization] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    public static func named(_ code: PartyCode) -> Organization? { byCode[code] }
}
