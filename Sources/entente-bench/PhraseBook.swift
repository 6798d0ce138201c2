import Model

/// Sentence templates for one language, written for this benchmark in the
/// register of joint statements and readouts. Slots: `{A}` and `{B}` the two
/// parties, `{S}` a subject of cooperation, `{Y}` a year, `{C}` a city,
/// `{O}` an organisation, `{N}` a number.
struct PhraseBook {
    /// A sentence that carries a commitment.
    struct Cue {
        let type: CommitmentType
        let text: String
        /// The topic when the sentence names no subject (`{S}`).
        var topic: Topic = .diplomaticProcess
        /// Who commits: both parties, or only the first.
        var byFirstOnly = false
    }

    let cues: [Cue]
    /// Outcome lines after an "outcomes" heading; pledges by both parties.
    let bullets: [String]
    let bulletHeadings: [String]
    /// Sentences that commit no one: background, protocol, figures.
    let background: [String]
    let titles: [String]

    static func book(for language: Language) -> PhraseBook {
        switch language {
        case .english: return english
        case .french: return french
        case .arabic: return arabic
        }
    }

    static let english = PhraseBook(
        cues: [
            .init(type: .pledge, text: "The two sides agreed to strengthen cooperation in {S}."),
            .init(type: .pledge, text: "{A} and {B} agreed to establish a joint working group on {S} before the end of {Y}."),
            .init(type: .pledge, text: "Both countries pledged to expand their programmes in {S} over the next five years."),
            .init(type: .pledge, text: "The ministers decided to hold the next session of the joint commission in {C} in {Y}."),
            .init(type: .pledge, text: "{A} committed to providing technical assistance to {B} in {S}.", byFirstOnly: true),
            .init(type: .pledge, text: "The two sides agreed to raise the volume of bilateral trade to {N} billion dollars by {Y}.", topic: .trade),
            .init(type: .support, text: "{A} reiterated its support for the efforts of {B} in {S}.", byFirstOnly: true),
            .init(type: .support, text: "The two sides expressed their support for the initiative of {O} on {S}."),
            .init(type: .position, text: "The two sides reaffirmed their commitment to the principles of good neighbourliness and non-interference in internal affairs.", topic: .sovereignty),
            .init(type: .position, text: "Both parties stressed the importance of {S} for stability and development in the region."),
            .init(type: .position, text: "The ministers underlined that dialogue remains the only path to a lasting settlement of regional crises.", topic: .regionalConflict),
            .init(type: .call, text: "The two sides called on the international community to support {S} in the most affected countries."),
            .init(type: .call, text: "{A} and {B} urged all parties to exercise restraint and return to negotiations.", topic: .regionalConflict),
            .init(type: .welcome, text: "The ministers welcomed the progress achieved in {S} since the last session."),
            .init(type: .welcome, text: "{B} welcomed the decision of {A} to open a consulate general in {C}.", byFirstOnly: true),
            .init(type: .condemn, text: "The two sides condemned terrorism in all its forms and manifestations.", topic: .counterterrorism),
            .init(type: .condemn, text: "{A} rejected any attempt to undermine the sovereignty and territorial integrity of {B}.", topic: .sovereignty, byFirstOnly: true),
        ],
        bullets: [
            "- Signing a memorandum of understanding on {S}.",
            "- Launching a joint fund for {S} with an initial capital of {N} million dollars.",
            "- Exchanging experts and trainees in {S}.",
            "- Holding a business forum on {S} in {C} in {Y}.",
        ],
        bulletHeadings: ["The meeting resulted in the following outcomes:", "The two sides agreed on the following:"],
        background: [
            "{A} and {B} established diplomatic relations in {Y}.",
            "Trade between the two countries reached {N} billion dollars last year, according to official figures.",
            "The meeting was attended by senior officials from both foreign ministries.",
            "The visit comes amid intense diplomatic activity in the region.",
            "The talks were held in a cordial atmosphere reflecting the close ties between the two countries.",
            "Officials said the delegation would also visit industrial zones outside {C}.",
            "The joint commission last met in {C} in {Y}.",
        ],
        titles: [
            "{A} and {B} agree to deepen cooperation in {S}",
            "Joint statement on the visit of the foreign minister of {A} to {B}",
            "Readout of the meeting between the foreign ministers of {A} and {B}",
            "{A}, {B} hold joint commission session in {C}",
        ])

    static let french = PhraseBook(
        cues: [
            .init(type: .pledge, text: "Les deux parties sont convenues de renforcer leur coopération en matière de {S}."),
            .init(type: .pledge, text: "{A} et {B} ont décidé de créer un groupe de travail conjoint en matière de {S} avant la fin de {Y}."),
            .init(type: .pledge, text: "Les deux pays se sont engagés à développer des programmes communs en matière de {S} d'ici {Y}."),
            .init(type: .pledge, text: "Les ministres ont décidé de tenir la prochaine session de la commission mixte à {C} en {Y}."),
            .init(type: .pledge, text: "Les deux parties sont convenues de porter le volume des échanges à {N} milliards de dollars d'ici {Y}.", topic: .trade),
            .init(type: .support, text: "{A} a réitéré son soutien aux efforts engagés par {B} en matière de {S}.", byFirstOnly: true),
            .init(type: .position, text: "Les deux parties ont réaffirmé leur attachement aux principes de bon voisinage et de non-ingérence dans les affaires intérieures.", topic: .sovereignty),
            .init(type: .position, text: "Les deux parties ont souligné l'importance de la coopération en matière de {S} pour la stabilité de la région."),
            .init(type: .call, text: "Les deux parties ont appelé la communauté internationale à soutenir les efforts en matière de {S}."),
            .init(type: .call, text: "{A} et {B} ont exhorté toutes les parties à la retenue et au retour à la table des négociations.", topic: .regionalConflict),
            .init(type: .welcome, text: "Les ministres se sont félicités des progrès réalisés en matière de {S} depuis la dernière session."),
            .init(type: .condemn, text: "Les deux parties ont condamné le terrorisme sous toutes ses formes et manifestations.", topic: .counterterrorism),
            .init(type: .condemn, text: "{A} a rejeté toute atteinte à la souveraineté et à l'intégrité territoriale de {B}.", topic: .sovereignty, byFirstOnly: true),
        ],
        bullets: [
            "- Signature d'un mémorandum d'entente en matière de {S}.",
            "- Création d'un fonds commun en matière de {S} doté de {N} millions d'euros.",
            "- Échange d'experts et de stagiaires en matière de {S}.",
        ],
        bulletHeadings: ["Les travaux ont abouti aux résultats suivants :", "Les deux parties sont convenues de ce qui suit :"],
        background: [
            "{A} et {B} entretiennent des relations diplomatiques depuis {Y}.",
            "Les échanges commerciaux entre les deux pays ont atteint {N} milliards de dollars l'an dernier.",
            "La réunion s'est déroulée en présence de hauts responsables des deux ministères.",
            "Cette visite intervient dans un contexte régional marqué par une intense activité diplomatique.",
            "Les entretiens se sont déroulés dans une atmosphère cordiale.",
            "La commission mixte s'était réunie pour la dernière fois à {C} en {Y}.",
        ],
        titles: [
            "{A} et {B} renforcent leur coopération en matière de {S}",
            "Déclaration conjointe à l'issue de la visite du ministre des affaires étrangères",
            "Commission mixte : {A} et {B} se réunissent à {C}",
        ])

    static let arabic = PhraseBook(
        cues: [
            .init(type: .pledge, text: "واتفق الجانبان على تعزيز التعاون في مجال {S}."),
            .init(type: .pledge, text: "واتفق {A} و{B} على إنشاء فريق عمل مشترك بشأن {S} قبل نهاية عام {Y}."),
            .init(type: .pledge, text: "وتعهد البلدان بتوسيع برامجهما المشتركة في مجال {S} خلال السنوات الخمس المقبلة."),
            .init(type: .pledge, text: "وقرر الوزيران عقد الدورة المقبلة للجنة المشتركة في {C} عام {Y}."),
            .init(type: .pledge, text: "واتفق الجانبان على رفع حجم التبادل التجاري إلى {N} مليار دولار بحلول عام {Y}.", topic: .trade),
            .init(type: .support, text: "وجدد {A} دعمه لجهود {B} في مجال {S}.", byFirstOnly: true),
            .init(type: .position, text: "وأكد الجانبان التزامهما بمبادئ حسن الجوار وعدم التدخل في الشؤون الداخلية.", topic: .sovereignty),
            .init(type: .position, text: "وشدد الجانبان على أهمية التعاون في مجال {S} لتحقيق الاستقرار والتنمية في المنطقة."),
            .init(type: .position, text: "وأكد الوزيران أن الحوار يبقى السبيل الوحيد لتسوية الأزمات الإقليمية.", topic: .regionalConflict),
            .init(type: .call, text: "ودعا الجانبان المجتمع الدولي إلى دعم الجهود في مجال {S}."),
            .init(type: .call, text: "وحث {A} و{B} جميع الأطراف على ضبط النفس والعودة إلى طاولة المفاوضات.", topic: .regionalConflict),
            .init(type: .welcome, text: "ورحب الوزيران بالتقدم المحرز في مجال {S} منذ الدورة الماضية."),
            .init(type: .welcome, text: "ورحب {B} بقرار {A} فتح قنصلية عامة في {C}.", byFirstOnly: true),
            .init(type: .condemn, text: "وأدان الجانبان الإرهاب بجميع أشكاله ومظاهره.", topic: .counterterrorism),
            .init(type: .condemn, text: "وجدد {A} رفضه لأي محاولة للمساس بسيادة {B} ووحدة أراضيه.", topic: .sovereignty, byFirstOnly: true),
        ],
        bullets: [
            "- التوقيع على مذكرة تفاهم في مجال {S}.",
            "- إطلاق صندوق مشترك لدعم {S} برأسمال قدره {N} مليون دولار.",
            "- تبادل الخبراء والمتدربين في مجال {S}.",
            "- تنظيم منتدى أعمال حول {S} في {C} عام {Y}.",
        ],
        bulletHeadings: ["وأسفر الاجتماع عن النتائج التالية:", "واتفق الجانبان على ما يلي:"],
        background: [
            "وتربط {A} و{B} علاقات دبلوماسية منذ عام {Y}.",
            "وبلغ حجم التبادل التجاري بين البلدين {N} مليار دولار العام الماضي وفق الأرقام الرسمية.",
            "وحضر اللقاء عدد من كبار المسؤولين في وزارتي الخارجية.",
            "وتأتي هذه الزيارة في إطار حراك دبلوماسي مكثف تشهده المنطقة.",
            "وجرت المباحثات في أجواء ودية تعكس متانة العلاقات بين البلدين.",
            "وكانت اللجنة المشتركة قد عقدت دورتها السابقة في {C} عام {Y}.",
        ],
        titles: [
            "{A} و{B} يتفقان على تعزيز التعاون في مجال {S}",
            "بيان مشترك في ختام زيارة وزير خارجية {A} إلى {B}",
            "اللجنة المشتركة بين {A} و{B} تعقد دورتها في {C}",
        ])
}
