import Foundation
import Model

/// The words the corpus generator composes articles from: parties, subjects
/// of cooperation, cities, outlets. Written for this benchmark; names are
/// given in the three languages as a statement would write them.
enum Lexicon {
    /// A country or organisation with its name in each language (French
    /// with its article, as it stands inside a sentence).
    struct Name {
        let code: PartyCode
        let english: String
        let french: String
        let arabic: String
    }

    /// A field of cooperation; its rank in `subjects` sets how often it is
    /// drawn (Zipf), so the tail gives rare words and the head common ones.
    struct Subject {
        let english: String
        let french: String
        let arabic: String
        let topic: Topic
    }

    static let countries: [Name] = [
        .init(code: "MA", english: "Morocco", french: "le Maroc", arabic: "المغرب"),
        .init(code: "DZ", english: "Algeria", french: "l'Algérie", arabic: "الجزائر"),
        .init(code: "TN", english: "Tunisia", french: "la Tunisie", arabic: "تونس"),
        .init(code: "EG", english: "Egypt", french: "l'Égypte", arabic: "مصر"),
        .init(code: "JO", english: "Jordan", french: "la Jordanie", arabic: "الأردن"),
        .init(code: "SA", english: "Saudi Arabia", french: "l'Arabie saoudite", arabic: "السعودية"),
        .init(code: "AE", english: "the United Arab Emirates", french: "les Émirats arabes unis", arabic: "الإمارات"),
        .init(code: "QA", english: "Qatar", french: "le Qatar", arabic: "قطر"),
        .init(code: "KW", english: "Kuwait", french: "le Koweït", arabic: "الكويت"),
        .init(code: "OM", english: "Oman", french: "Oman", arabic: "سلطنة عمان"),
        .init(code: "IQ", english: "Iraq", french: "l'Irak", arabic: "العراق"),
        .init(code: "LB", english: "Lebanon", french: "le Liban", arabic: "لبنان"),
        .init(code: "MR", english: "Mauritania", french: "la Mauritanie", arabic: "موريتانيا"),
        .init(code: "LY", english: "Libya", french: "la Libye", arabic: "ليبيا"),
        .init(code: "SD", english: "Sudan", french: "le Soudan", arabic: "السودان"),
        .init(code: "FR", english: "France", french: "la France", arabic: "فرنسا"),
        .init(code: "ES", english: "Spain", french: "l'Espagne", arabic: "إسبانيا"),
        .init(code: "IT", english: "Italy", french: "l'Italie", arabic: "إيطاليا"),
        .init(code: "DE", english: "Germany", french: "l'Allemagne", arabic: "ألمانيا"),
        .init(code: "GB", english: "the United Kingdom", french: "le Royaume-Uni", arabic: "المملكة المتحدة"),
        .init(code: "US", english: "the United States", french: "les États-Unis", arabic: "الولايات المتحدة"),
        .init(code: "CN", english: "China", french: "la Chine", arabic: "الصين"),
        .init(code: "IN", english: "India", french: "l'Inde", arabic: "الهند"),
        .init(code: "PK", english: "Pakistan", french: "le Pakistan", arabic: "باكستان"),
        .init(code: "JP", english: "Japan", french: "le Japon", arabic: "اليابان"),
        .init(code: "TR", english: "Türkiye", french: "la Turquie", arabic: "تركيا"),
        .init(code: "NG", english: "Nigeria", french: "le Nigeria", arabic: "نيجيريا"),
        .init(code: "SN", english: "Senegal", french: "le Sénégal", arabic: "السنغال"),
        .init(code: "ET", english: "Ethiopia", french: "l'Éthiopie", arabic: "إثيوبيا"),
        .init(code: "BR", english: "Brazil", french: "le Brésil", arabic: "البرازيل"),
        .init(code: "ID", english: "Indonesia", french: "l'Indonésie", arabic: "إندونيسيا"),
        .init(code: "RU", english: "Russia", french: "la Russie", arabic: "روسيا"),
    ]

    static let organizations: [Name] = [
        .init(code: "UN", english: "the United Nations", french: "l'Organisation des Nations unies", arabic: "الأمم المتحدة"),
        .init(code: "EU", english: "the European Union", french: "l'Union européenne", arabic: "الاتحاد الأوروبي"),
        .init(code: "AU", english: "the African Union", french: "l'Union africaine", arabic: "الاتحاد الأفريقي"),
        .init(code: "LAS", english: "the League of Arab States", french: "la Ligue des États arabes", arabic: "جامعة الدول العربية"),
        .init(code: "GCC", english: "the Gulf Cooperation Council", french: "le Conseil de coopération du Golfe", arabic: "مجلس التعاون الخليجي"),
        .init(code: "OIC", english: "the Organisation of Islamic Cooperation", french: "l'Organisation de la coopération islamique", arabic: "منظمة التعاون الإسلامي"),
    ]

    /// Most frequent first.
    static let subjects: [Subject] = [
        .init(english: "trade", french: "commerce", arabic: "التجارة", topic: .trade),
        .init(english: "investment", french: "investissement", arabic: "الاستثمار", topic: .investment),
        .init(english: "energy", french: "énergie", arabic: "الطاقة", topic: .energy),
        .init(english: "security", french: "sécurité", arabic: "الأمن", topic: .security),
        .init(english: "education", french: "éducation", arabic: "التعليم", topic: .education),
        .init(english: "health", french: "santé", arabic: "الصحة", topic: .health),
        .init(english: "agriculture", french: "agriculture", arabic: "الزراعة", topic: .agriculture),
        .init(english: "tourism", french: "tourisme", arabic: "السياحة", topic: .economy),
        .init(english: "renewable energy", french: "énergies renouvelables", arabic: "الطاقة المتجددة", topic: .energy),
        .init(english: "counterterrorism", french: "lutte contre le terrorisme", arabic: "مكافحة الإرهاب", topic: .counterterrorism),
        .init(english: "water resources", french: "ressources en eau", arabic: "الموارد المائية", topic: .water),
        .init(english: "infrastructure", french: "infrastructures", arabic: "البنية التحتية", topic: .infrastructure),
        .init(english: "culture", french: "culture", arabic: "الثقافة", topic: .culture),
        .init(english: "higher education", french: "enseignement supérieur", arabic: "التعليم العالي", topic: .education),
        .init(english: "the digital economy", french: "économie numérique", arabic: "الاقتصاد الرقمي", topic: .technology),
        .init(english: "cybersecurity", french: "cybersécurité", arabic: "الأمن السيبراني", topic: .cyber),
        .init(english: "climate change", french: "changement climatique", arabic: "تغير المناخ", topic: .climate),
        .init(english: "food security", french: "sécurité alimentaire", arabic: "الأمن الغذائي", topic: .agriculture),
        .init(english: "maritime transport", french: "transport maritime", arabic: "النقل البحري", topic: .infrastructure),
        .init(english: "mining", french: "mines", arabic: "التعدين", topic: .mining),
        .init(english: "public finance", french: "finances publiques", arabic: "المالية العامة", topic: .finance),
        .init(english: "banking", french: "secteur bancaire", arabic: "القطاع المصرفي", topic: .finance),
        .init(english: "industry", french: "industrie", arabic: "الصناعة", topic: .industry),
        .init(english: "space research", french: "recherche spatiale", arabic: "أبحاث الفضاء", topic: .space),
        .init(english: "humanitarian aid", french: "aide humanitaire", arabic: "المساعدات الإنسانية", topic: .humanitarian),
        .init(english: "border management", french: "gestion des frontières", arabic: "إدارة الحدود", topic: .territorial),
        .init(english: "vocational training", french: "formation professionnelle", arabic: "التدريب المهني", topic: .education),
        .init(english: "pharmaceuticals", french: "industrie pharmaceutique", arabic: "الصناعات الدوائية", topic: .health),
        .init(english: "railways", french: "chemins de fer", arabic: "السكك الحديدية", topic: .infrastructure),
        .init(english: "fisheries", french: "pêche maritime", arabic: "الصيد البحري", topic: .agriculture),
        .init(english: "phosphates", french: "phosphates", arabic: "الفوسفات", topic: .mining),
        .init(english: "desalination", french: "dessalement", arabic: "تحلية المياه", topic: .water),
        .init(english: "artificial intelligence", french: "intelligence artificielle", arabic: "الذكاء الاصطناعي", topic: .technology),
        .init(english: "youth and sports", french: "jeunesse et sports", arabic: "الشباب والرياضة", topic: .culture),
        .init(english: "civil aviation", french: "aviation civile", arabic: "الطيران المدني", topic: .infrastructure),
        .init(english: "customs", french: "douanes", arabic: "الجمارك", topic: .trade),
        .init(english: "archaeology", french: "archéologie", arabic: "الآثار", topic: .culture),
        .init(english: "green hydrogen", french: "hydrogène vert", arabic: "الهيدروجين الأخضر", topic: .energy),
        .init(english: "seismology", french: "sismologie", arabic: "رصد الزلازل", topic: .technology),
        .init(english: "date palm cultivation", french: "culture du palmier dattier", arabic: "زراعة النخيل", topic: .agriculture),
        .init(english: "beekeeping", french: "apiculture", arabic: "تربية النحل", topic: .agriculture),
        .init(english: "manuscript restoration", french: "restauration des manuscrits", arabic: "ترميم المخطوطات", topic: .culture),
    ]

    /// Cumulative Zipf weights (exponent 1.2) over `subjects`.
    static let subjectWeights: [Int] = {
        var total = 0
        return subjects.indices.map { rank in
            total += Int(1_000_000 / pow(Double(rank + 1), 1.2))
            return total
        }
    }()

    /// Cities in English, French and Arabic.
    static let cities: [(english: String, french: String, arabic: String)] = [
        ("Rabat", "Rabat", "الرباط"), ("Algiers", "Alger", "الجزائر العاصمة"), ("Tunis", "Tunis", "تونس العاصمة"),
        ("Cairo", "Le Caire", "القاهرة"), ("Amman", "Amman", "عمان"), ("Riyadh", "Riyad", "الرياض"),
        ("Abu Dhabi", "Abou Dabi", "أبوظبي"), ("Doha", "Doha", "الدوحة"), ("Paris", "Paris", "باريس"),
        ("Madrid", "Madrid", "مدريد"), ("Beijing", "Pékin", "بكين"), ("New Delhi", "New Delhi", "نيودلهي"),
        ("Dakar", "Dakar", "داكار"), ("Addis Ababa", "Addis-Abeba", "أديس أبابا"), ("Nouakchott", "Nouakchott", "نواكشوط"),
        ("Baghdad", "Bagdad", "بغداد"), ("Beirut", "Beyrouth", "بيروت"), ("Ankara", "Ankara", "أنقرة"),
    ]

    static let sources = ["MAP", "APS", "TAP", "MENA", "Petra", "SPA", "WAM", "QNA", "AFP", "Reuters", "Xinhua", "APP"]

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]
    static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                               "septembre", "octobre", "novembre", "décembre"]
    static let arabicMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                               "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
}
