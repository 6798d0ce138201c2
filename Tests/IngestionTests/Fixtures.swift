import Model

/// Articles written for these tests in news-report style (invented events,
/// our own words), with their annotation, to check that the rules carry
/// beyond the seed and the samples.
enum Fixtures {
    static func item(_ anchor: String, _ type: String, _ by: [String], _ topics: [String], borderline: Bool = false) -> GoldCase.Item {
        .init(anchors: [anchor], type: type, by: by, topics: topics, borderline: borderline)
    }

    static func article(_ id: String, _ text: String, published: String?, language: Language? = nil, source: String? = nil,
                        parties: [String], items: [GoldCase.Item]) -> GoldCase {
        GoldCase(id: id, article: Article(text: text, source: source, published: published.flatMap { StatementDate(iso: $0) }, language: language),
                 parties: parties, items: items, nonCommitments: [], raw: [:])
    }

    static var cases: [GoldCase] { [
        article("fx-ke-et-en", """
        Kenya, Ethiopia agree to fast-track border trade corridor

        NAIROBI, March 4 (Reuters) - Kenya and Ethiopia on Tuesday agreed to fast-track a cross-border trade corridor and to cut customs delays at the Moyale post, according to a joint statement issued after talks in Nairobi.

        The statement followed a meeting between Kenyan Foreign Minister Paul Otieno and his Ethiopian counterpart Hana Tesfaye.

        The two sides reaffirmed their commitment to the peace process in South Sudan and called on all parties there to respect the ceasefire.

        Ethiopia welcomed Kenya's offer to expand electricity imports from the Gibe dam, while Kenya pledged to open a new consulate in Hawassa by 2027.

        The ministers also condemned recent attacks on aid convoys in Somalia.

        They did not agree on a date for the next round of talks, which is expected to be held in Addis Ababa.

        Read more: East African trade ministers meet in Arusha
        """, published: "2026-03-04", parties: ["KE", "ET"], items: [
            item("agreed to fast-track a cross-border trade corridor", "pledge", ["KE", "ET"], ["trade", "infrastructure"]),
            item("reaffirmed their commitment to the peace process", "support", ["KE", "ET"], ["regional_conflict", "diplomatic_process"]),
            item("called on all parties there to respect the ceasefire", "call", ["KE", "ET"], ["regional_conflict"]),
            item("Ethiopia welcomed Kenya's offer", "welcome", ["ET"], ["energy"]),
            item("Kenya pledged to open a new consulate", "pledge", ["KE"], ["diplomatic_process"]),
            item("condemned recent attacks on aid convoys", "condemn", ["KE", "ET"], ["humanitarian", "security"]),
            item("They did not agree on a date", "pledge", ["KE", "ET"], ["diplomatic_process"]),
        ]),
        article("fx-us-readout-en", """
        Secretary's Call with Jordanian Foreign Minister

        The following is attributable to Spokesperson Dana Miller:

        Secretary of State Laura Finch spoke today with Jordanian Foreign Minister Omar Haddad about the situation in Gaza. The Secretary thanked Jordan for its role in delivering humanitarian aid and underscored the importance of keeping crossings open.

        Secretary Finch urged all parties to protect civilians. She reiterated U.S. support for a durable ceasefire.

        Share this
        """, published: "2026-05-12", parties: ["US"], items: [
            item("The Secretary thanked Jordan", "welcome", ["US"], ["humanitarian"]),
            item("underscored the importance of keeping crossings open", "position", ["US"], ["humanitarian", "regional_conflict"]),
            item("urged all parties to protect civilians", "call", ["US"], ["humanitarian"]),
            item("reiterated U.S. support for a durable ceasefire", "support", ["US"], ["regional_conflict"]),
        ]),
        article("fx-sn-ma-fr", """
        Le Sénégal et le Maroc renforcent leur partenariat agricole

        DAKAR, 9 octobre (AFP) - Le Sénégal et le Maroc sont convenus jeudi de créer un fonds commun pour l'irrigation et de développer les échanges d'engrais, selon une déclaration conjointe publiée à l'issue de la 4e session de la commission mixte, tenue à Dakar.

        Les deux parties réaffirment leur attachement au multilatéralisme et appellent à une réforme du Conseil de sécurité.

        Le Sénégal salue l'appui marocain à la formation de ses ingénieurs agronomes. Le Maroc s'engage pour sa part à accueillir 300 étudiants sénégalais par an.

        Les deux ministres condamnent fermement les attaques terroristes au Sahel.

        La prochaine session se tiendra à Rabat en 2027.

        Lire aussi : Le Maroc et la Mauritanie signent un accord de pêche
        """, published: "2026-10-09", parties: ["SN", "MA"], items: [
            item("sont convenus jeudi de créer un fonds commun", "pledge", ["SN", "MA"], ["agriculture", "water"]),
            item("réaffirment leur attachement au multilatéralisme", "position", ["SN", "MA"], ["diplomatic_process"]),
            item("appellent à une réforme du Conseil de sécurité", "call", ["SN", "MA"], ["diplomatic_process"]),
            item("Le Sénégal salue l'appui marocain", "welcome", ["SN"], ["education", "agriculture"]),
            item("Le Maroc s'engage pour sa part", "pledge", ["MA"], ["education"]),
            item("condamnent fermement les attaques terroristes", "condemn", ["SN", "MA"], ["counterterrorism"]),
            // The next session's date and place is the issuers' pledge (the samples' convention).
            item("La prochaine session se tiendra à Rabat", "pledge", ["SN", "MA"], ["diplomatic_process"]),
        ]),
        article("fx-fr-readout-fr", """
        Entretien du ministre avec son homologue tunisien

        Le ministre de l'Europe et des Affaires étrangères s'est entretenu mardi par téléphone avec son homologue tunisien.

        Le ministre a souligné l'importance de la coopération migratoire entre les deux pays. Il a salué les réformes économiques engagées par la Tunisie et a rappelé le soutien de la France au programme du FMI.

        Les deux ministres ont décidé de se retrouver à Tunis avant la fin de l'année.

        Partager
        """, published: "2026-06-02", language: .french, source: "France Diplomatie", parties: ["FR"], items: [
            item("a souligné l'importance de la coopération migratoire", "position", ["FR"], ["diplomatic_process", "other"]),
            item("Il a salué les réformes économiques", "welcome", ["FR"], ["economy"]),
            item("a rappelé le soutien de la France", "support", ["FR"], ["finance", "economy"]),
            item("ont décidé de se retrouver à Tunis", "pledge", ["FR", "TN"], ["diplomatic_process"]),
        ]),
        article("fx-eg-jo-ar", """
        مصر والأردن تتفقان على تعزيز الربط الكهربائي

        عمّان - أكدت مصر والأردن، في بيان مشترك صدر اليوم الأحد في ختام اجتماعات اللجنة العليا المشتركة، حرصهما على تعزيز الربط الكهربائي بين البلدين، داعيتين المجتمع الدولي إلى دعم جهود إعادة إعمار غزة.

        وجدد الجانبان رفضهما لأي محاولات لتهجير الفلسطينيين من أراضيهم.

        ورحبت مصر بالجهود الأردنية في إيصال المساعدات الإنسانية، فيما تعهد الأردن بتسهيل حركة الشاحنات عبر موانئه.

        ولم يتفق الطرفان على موعد الدورة المقبلة.
        """, published: "2026-04-12", parties: ["EG", "JO"], items: [
            // "eagerness to" an action is a pledge (the samples' convention: أكد … حرص المملكة على مواصلة).
            item("حرصهما على تعزيز الربط الكهربائي", "pledge", ["EG", "JO"], ["energy", "infrastructure"]),
            item("داعيتين المجتمع الدولي إلى دعم", "call", ["EG", "JO"], ["regional_conflict", "humanitarian"]),
            item("وجدد الجانبان رفضهما", "condemn", ["EG", "JO"], ["humanitarian", "regional_conflict", "sovereignty"]),
            item("ورحبت مصر بالجهود الأردنية", "welcome", ["EG"], ["humanitarian"]),
            item("تعهد الأردن بتسهيل حركة الشاحنات", "pledge", ["JO"], ["trade", "infrastructure"]),
            item("ولم يتفق الطرفان على موعد", "pledge", ["EG", "JO"], ["diplomatic_process"]),
        ]),
        article("fx-id-my-en", """
        Indonesia, Malaysia vow joint patrols in Strait of Malacca

        KUALA LUMPUR, Feb 10 (Reuters) - Indonesia and Malaysia pledged on Tuesday to launch joint naval patrols in the Strait of Malacca and to share intelligence on piracy, the two governments said in a joint statement after annual consultations in Kuala Lumpur.

        Malaysian Prime Minister Aziz Rahman and Indonesian President Budi Santoso also agreed to resume negotiations on their maritime boundary in the Sulawesi Sea.

        "Both countries reject any unilateral action that undermines regional stability," the statement said.

        Indonesia thanked Malaysia for its assistance after last month's floods in Sumatra, while Malaysia expressed concern over the rising number of fishing boats seized in disputed waters.

        The leaders urged ASEAN members to conclude a code of conduct for the South China Sea without further delay.

        The consultations, the 14th of their kind, were held under tight security. Neither side gave details on the cost of the patrols.
        """, published: "2026-02-10", parties: ["ID", "MY"], items: [
            item("pledged on Tuesday to launch joint naval patrols", "pledge", ["ID", "MY"], ["security"]),
            item("also agreed to resume negotiations on their maritime boundary", "pledge", ["MY", "ID"], ["territorial", "diplomatic_process"]),
            item("Both countries reject any unilateral action", "condemn", ["ID", "MY"], ["security"]),
            item("Indonesia thanked Malaysia for its assistance", "welcome", ["ID"], ["humanitarian"]),
            item("Malaysia expressed concern over the rising number", "position", ["MY"], ["territorial", "water"]),
            item("The leaders urged ASEAN members to conclude", "call", ["ID", "MY"], ["territorial", "diplomatic_process"]),
        ]),
        article("fx-td-ne-fr", """
        Le Tchad et le Niger s'accordent sur la sécurisation de leur frontière

        NDJAMENA, 3 avril (AFP) - Le Tchad et le Niger se sont engagés mercredi à créer une force mixte pour sécuriser leur frontière commune, selon un communiqué conjoint publié à l'issue d'une visite du Premier ministre nigérien, Moussa Issoufou, à N'Djamena.

        Les deux gouvernements ont également décidé de rouvrir le poste frontalier de Nguigmi, fermé depuis deux ans.

        Le Niger a remercié le Tchad pour l'accueil de milliers de réfugiés. Le Tchad a pour sa part exprimé sa préoccupation face à la multiplication des attaques jihadistes dans la région du lac Tchad.

        Les deux pays condamnent « fermement » l'enlèvement de travailleurs humanitaires et exhortent la communauté internationale à renforcer son aide.

        Ils n'ont toutefois pas trouvé d'accord sur le partage des eaux du fleuve Komadougou.
        """, published: "2026-04-03", parties: ["TD", "NE"], items: [
            item("se sont engagés mercredi à créer une force mixte", "pledge", ["TD", "NE"], ["security", "territorial"]),
            item("ont également décidé de rouvrir le poste frontalier", "pledge", ["TD", "NE"], ["territorial", "trade"]),
            item("Le Niger a remercié le Tchad", "welcome", ["NE"], ["humanitarian"]),
            item("exprimé sa préoccupation face à la multiplication", "position", ["TD"], ["security", "counterterrorism"]),
            item("condamnent « fermement » l'enlèvement", "condemn", ["TD", "NE"], ["humanitarian"]),
            item("exhortent la communauté internationale à renforcer son aide", "call", ["TD", "NE"], ["humanitarian"]),
            item("n'ont toutefois pas trouvé d'accord", "pledge", ["TD", "NE"], ["water"]),
        ]),
        article("fx-sa-fr-ar", """
        السعودية وفرنسا تبحثان تعزيز الشراكة الاستراتيجية

        الرياض - واس

        بحث صاحب السمو الملكي ولي العهد السعودي مع الرئيس الفرنسي إيمانويل دوران، اليوم الثلاثاء، سبل تعزيز الشراكة بين البلدين.

        وأعرب الجانبان، في بيان مشترك صدر في ختام الزيارة، عن ارتياحهما لمستوى التعاون الاقتصادي، واتفقا على إنشاء مجلس أعمال مشترك خلال عام 2027.

        وشددت المملكة على ضرورة احترام سيادة الدول وعدم التدخل في شؤونها الداخلية، فيما نوهت فرنسا بالدور السعودي في دعم الاستقرار الإقليمي.

        كما طالب البلدان المجتمع الدولي بتحمل مسؤولياته تجاه الأزمة الإنسانية في السودان، مؤكدين رفضهما لاستهداف المدنيين.

        ولم يتوصل الجانبان إلى اتفاق بشأن صفقة الطائرات المقاتلة.

        اقرأ أيضا: السعودية تستضيف مؤتمر الاستثمار
        """, published: "2026-03-10", parties: ["SA", "FR"], items: [
            item("وأعرب الجانبان، في بيان مشترك صدر في ختام الزيارة، عن ارتياحهما", "welcome", ["SA", "FR"], ["economy"]),
            item("واتفقا على إنشاء مجلس أعمال مشترك", "pledge", ["SA", "FR"], ["economy", "trade"]),
            item("وشددت المملكة على ضرورة احترام سيادة الدول", "position", ["SA"], ["sovereignty"]),
            item("فيما نوهت فرنسا بالدور السعودي", "welcome", ["FR"], ["security"]),
            item("كما طالب البلدان المجتمع الدولي", "call", ["SA", "FR"], ["humanitarian", "regional_conflict"]),
            item("مؤكدين رفضهما لاستهداف المدنيين", "condemn", ["SA", "FR"], ["humanitarian"]),
            item("ولم يتوصل الجانبان إلى اتفاق", "pledge", ["SA", "FR"], ["security", "trade"]),
        ]),
        article("fx-eg-jo-en", """
        Egypt, Jordan call for immediate Gaza truce

        CAIRO, May 3 (AP) - Egypt and Jordan on Sunday called for an immediate and lasting ceasefire in Gaza and rejected any attempt to displace Palestinians from their land, the two foreign ministers said after talks in Cairo.

        "We will not accept any solution that comes at the expense of our neighbours," Egyptian Foreign Minister Karim Fahmy told a joint news conference with his Jordanian counterpart, Lina Haddad.

        Haddad said Jordan would continue to send aid convoys through its territory and urged Israel to lift restrictions on the Allenby crossing.

        The ministers also agreed to set up a joint committee to coordinate reconstruction planning, unless the fighting resumes.

        Last year, the two countries had signed a memorandum on electricity trading.

        Israel's foreign ministry did not comment.
        """, published: "2026-05-03", parties: ["EG", "JO"], items: [
            item("called for an immediate and lasting ceasefire", "call", ["EG", "JO"], ["regional_conflict"]),
            item("rejected any attempt to displace Palestinians", "condemn", ["EG", "JO"], ["humanitarian", "sovereignty"]),
            item("Jordan would continue to send aid convoys", "pledge", ["JO"], ["humanitarian"]),
            item("urged Israel to lift restrictions", "call", ["JO"], ["humanitarian"]),
            item("also agreed to set up a joint committee", "pledge", ["EG", "JO"], ["humanitarian", "diplomatic_process"]),
            item("We will not accept any solution", "condemn", ["EG"], ["regional_conflict"], borderline: true),
        ]),
        article("fx-fr-ma-fr", """
        Paris et Rabat veulent relancer leur coopération énergétique

        PARIS, 12 juin (Reuters) - La France et le Maroc ont signé mercredi une feuille de route sur l'hydrogène vert et se sont engagés à doubler leurs échanges d'électricité d'ici à 2030, a annoncé l'Élysée dans un communiqué.

        Le président français, Louis Martin, a salué « l'ambition » marocaine dans les énergies renouvelables, tandis que le roi du Maroc a insisté sur la nécessité de financements accessibles pour l'Afrique.

        Les deux chefs d'État ont par ailleurs appelé l'Union européenne à accélérer l'interconnexion entre les deux rives de la Méditerranée.

        Ils n'ont en revanche pas évoqué la question migratoire, selon une source diplomatique.
        """, published: "2026-06-12", parties: ["FR", "MA"], items: [
            item("se sont engagés à doubler leurs échanges", "pledge", ["FR", "MA"], ["energy"]),
            item("a salué « l'ambition » marocaine", "welcome", ["FR"], ["energy"]),
            item("le roi du Maroc a insisté sur la nécessité", "position", ["MA"], ["finance"]),
            item("ont par ailleurs appelé l'Union européenne", "call", ["FR", "MA"], ["infrastructure", "energy"]),
        ]),
        article("fx-qa-ke-en", """
        Joint Communique on the Second Session of the Qatar-Kenya Joint Commission

        DOHA, 14 September 2026 — The second session of the Qatar-Kenya Joint Commission was held in Doha, co-chaired by the Minister of State for Foreign Affairs of Qatar, Khalid Al-Thani, and the Cabinet Secretary for Foreign Affairs of Kenya, Mary Wanjiku.

        The two sides agreed to:

        - Establish a joint business council by the end of 2027;
        - Expand cooperation in renewable energy and water desalination;
        - Facilitate visa procedures for business travellers.

        Kenya commended Qatar's mediation efforts in the Horn of Africa. Both sides condemned terrorism in all its forms.

        The third session will be held in Nairobi in 2027.
        """, published: nil, parties: ["QA", "KE"], items: [
            item("Establish a joint business council", "pledge", ["QA", "KE"], ["economy", "trade"]),
            item("Expand cooperation in renewable energy", "pledge", ["QA", "KE"], ["energy", "water"]),
            item("Facilitate visa procedures", "pledge", ["QA", "KE"], ["diplomatic_process", "economy"]),
            item("Kenya commended Qatar's mediation efforts", "welcome", ["KE"], ["diplomatic_process", "regional_conflict"]),
            item("Both sides condemned terrorism", "condemn", ["QA", "KE"], ["counterterrorism"]),
            item("The third session will be held in Nairobi", "pledge", ["QA", "KE"], ["diplomatic_process"]),
        ]),
        article("fx-fr-statement-fr", """
        Déclaration de la porte-parole du ministère de l'Europe et des Affaires étrangères

        Paris, le 8 mars 2026

        La France condamne avec la plus grande fermeté l'attaque perpétrée hier contre un convoi de la mission des Nations unies au Mali, qui a coûté la vie à trois casques bleus.

        Elle présente ses condoléances aux familles des victimes et exprime sa solidarité avec les autorités maliennes.

        La France appelle toutes les parties à respecter l'accord de paix et réaffirme son plein soutien à la mission.

        Elle restera mobilisée, avec ses partenaires européens, pour la stabilité du Sahel.
        """, published: "2026-03-08", parties: ["FR"], items: [
            item("La France condamne avec la plus grande fermeté", "condemn", ["FR"], ["security"]),
            item("Elle présente ses condoléances", "position", ["FR"], ["security", "humanitarian"]),
            item("exprime sa solidarité avec les autorités maliennes", "support", ["FR"], ["security"]),
            item("La France appelle toutes les parties", "call", ["FR"], ["diplomatic_process"]),
            item("réaffirme son plein soutien à la mission", "support", ["FR"], ["security", "diplomatic_process"]),
            item("Elle restera mobilisée", "pledge", ["FR"], ["security"]),
        ]),
    ] + agencyStyles }
}
