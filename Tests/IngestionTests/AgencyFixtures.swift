import Model

/// Articles in the styles of the agencies and ministries the archive reads
/// (State Department, Quai d'Orsay, WAM, QNA, APS, MAP, SPA, Reuters, the UN
/// Security Council, the EU, KUNA): invented events in our own words, annotated
/// with the vocabulary of ../shared/eval/README.md. They check the rules for
/// one-side readouts, coordinated officials, plural titles, quotations and topics.
extension Fixtures {
    static var agencyStyles: [GoldCase] { [
        // A State Department readout of one side's call: the Secretary speaks for the United States; only "Both…" and "The Secretary and Foreign Minister…" commit the counterpart too.
        article("fx-us-id-readout", """
        Secretary Reyes's Call with Indonesian Foreign Minister Wulandari

        OFFICE OF THE SPOKESPERSON
        February 12, 2027

        The following is attributable to Spokesperson Daniel Moore:

        Secretary of State Maria Reyes spoke today with Indonesian Foreign Minister Sari Wulandari to discuss the U.S.-Indonesia Comprehensive Strategic Partnership. The Secretary reaffirmed the United States' commitment to a free and open Indo-Pacific. Secretary Reyes welcomed Indonesia's leadership in expanding clean energy investment and offered U.S. technical assistance for the modernization of Indonesia's power grid. She condemned the recent missile launch by the DPRK as a violation of UN Security Council resolutions. The Secretary and Foreign Minister Wulandari agreed to hold the next round of the bilateral strategic dialogue in Jakarta later this year. Both urged all parties in Myanmar to respect the ceasefire and return to dialogue.
        """, published: "2027-02-12", language: .english, parties: ["US"], items: [
            item("reaffirmed the United States' commitment to a free and open", "position", ["US"], ["diplomatic_process", "security"]),
            item("welcomed Indonesia's leadership in expanding clean energy", "welcome", ["US"], ["energy", "investment"]),
            item("offered U.S. technical assistance", "pledge", ["US"], ["energy", "infrastructure"]),
            item("condemned the recent missile launch", "condemn", ["US"], ["security"]),
            item("agreed to hold the next round of the bilateral strategic dialogue", "pledge", ["US", "ID"], ["diplomatic_process"]),
            item("Both urged all parties in Myanmar", "call", ["US", "ID"], ["regional_conflict"]),
        ]),
        // A State Department meeting readout ("The below is attributable to"): "The two officials agreed" is joint, the rest the Deputy Secretary's.
        article("fx-us-ke-meeting", """
        Deputy Secretary Lang's Meeting with Kenyan Cabinet Secretary for Foreign Affairs Wanjiru

        Office of the Spokesperson
        March 3, 2027

        The below is attributable to Spokesperson Daniel Moore.

        Deputy Secretary of State Ellen Lang met today in Washington with Kenyan Cabinet Secretary for Foreign and Diaspora Affairs Grace Wanjiru. Deputy Secretary Lang thanked Kenya for its leadership of the multinational security mission in Haiti and reaffirmed U.S. support for the mission. She also welcomed Kenya's efforts to expand trade under the bilateral trade framework and pledged to send a commercial delegation to Nairobi in May. Wanjiru briefed the Deputy Secretary on regional developments. The two officials agreed to deepen counterterrorism cooperation in the Horn of Africa.
        """, published: "2027-03-03", language: .english, parties: ["US"], items: [
            item("thanked Kenya for its leadership of the multinational security mission", "welcome", ["US"], ["security"]),
            item("reaffirmed U.S. support for the mission", "support", ["US"], ["security"]),
            item("welcomed Kenya's efforts to expand trade", "welcome", ["US"], ["trade"]),
            item("pledged to send a commercial delegation", "pledge", ["US"], ["trade"]),
            item("The two officials agreed to deepen counterterrorism cooperation", "pledge", ["US", "KE"], ["counterterrorism"]),
        ]),
        // A Quai d'Orsay "entretien téléphonique": France's readout, its minister's stances, one joint clause.
        article("fx-fr-jo-call", """
        Entretien de Jean Moreau avec son homologue jordanien

        Paris, le 15 février 2027

        Le ministre de l'Europe et des Affaires étrangères, Jean Moreau, s'est entretenu ce jour par téléphone avec son homologue jordanien, Omar Haddadin.

        Le ministre a condamné les frappes qui ont visé des civils à Gaza et a appelé à un cessez-le-feu immédiat et durable.

        Il a salué le rôle de la Jordanie dans l'acheminement de l'aide humanitaire et a annoncé une contribution supplémentaire de 20 millions d'euros pour les réfugiés.

        La France continuera de soutenir la stabilité et la sécurité de la Jordanie.

        Les deux ministres sont convenus de rester en contact étroit.
        """, published: "2027-02-15", language: .french, parties: ["FR"], items: [
            item("a condamné les frappes qui ont visé des civils", "condemn", ["FR"], ["regional_conflict", "humanitarian"]),
            item("a appelé à un cessez-le-feu immédiat", "call", ["FR"], ["regional_conflict"]),
            item("Il a salué le rôle de la Jordanie", "welcome", ["FR"], ["humanitarian"]),
            item("a annoncé une contribution supplémentaire", "pledge", ["FR"], ["humanitarian", "finance"]),
            item("La France continuera de soutenir la stabilité", "support", ["FR"], ["security"]),
            item("sont convenus de rester en contact étroit", "pledge", ["FR", "JO"], ["diplomatic_process"]),
        ]),
        // A WAM readout: "سموه" stands for the UAE's minister; the Turkish caller is named honorific-name-title.
        article("fx-ae-tr-call", """
        أبوظبي في 20 مارس / وام / تلقى سمو الشيخ راشد بن سيف آل نهيان وزير الخارجية اتصالا هاتفيا من معالي أوزان كايا وزير الخارجية التركي.

        وبحث الجانبان خلال الاتصال علاقات التعاون بين البلدين.

        وأكد سموه حرص دولة الإمارات على تعزيز الشراكة الاقتصادية الشاملة مع تركيا.

        كما أكد سموه أهمية خفض التصعيد في المنطقة، داعيا إلى تغليب الحوار والحلول الدبلوماسية.
        """, published: "2027-03-20", language: .arabic, parties: ["AE"], items: [
            item("وأكد سموه حرص دولة الإمارات على تعزيز الشراكة الاقتصادية", "pledge", ["AE"], ["economy"]),
            item("كما أكد سموه أهمية خفض التصعيد", "position", ["AE"], ["regional_conflict", "security"]),
            item("داعيا إلى تغليب الحوار والحلول الدبلوماسية", "call", ["AE"], ["diplomatic_process"]),
        ]),
        // A QNA readout with the Gulf dateline "الدوحة في 4 مارس /قنا/": Qatar issues it; the Brazilian minister's welcome is his own.
        article("fx-qa-br-call", """
        الدوحة في 4 مارس /قنا/ تلقى معالي الشيخ فهد بن ناصر آل ثاني وزير الدولة للشؤون الخارجية اتصالا هاتفيا اليوم من معالي السيد كارلوس مينديز وزير خارجية جمهورية البرازيل الاتحادية.

        وجرى خلال الاتصال استعراض علاقات التعاون بين البلدين.

        وأكد معالي وزير الدولة للشؤون الخارجية دعم دولة قطر لجهود الوساطة الإقليمية، مشددا على ضرورة الوقف الفوري لإطلاق النار في قطاع غزة.

        ورحب الوزير البرازيلي بالدور القطري في الوساطة.
        """, published: "2027-03-04", language: .arabic, parties: ["QA"], items: [
            item("وأكد معالي وزير الدولة للشؤون الخارجية دعم دولة قطر", "support", ["QA"], ["diplomatic_process"]),
            item("مشددا على ضرورة الوقف الفوري لإطلاق النار", "position", ["QA"], ["regional_conflict"]),
            item("ورحب الوزير البرازيلي بالدور القطري", "welcome", ["BR"], ["diplomatic_process"]),
        ]),
        // An APS report of a "grande commission mixte": plural titles of the two countries, a quoted "nous allons", border posts and a free zone as trade.
        article("fx-dz-tn-gcm22", """
        Algérie-Tunisie : la grande commission mixte tient sa 22e session à Tunis

        TUNIS, 11 mars 2027 (APS) - L'Algérie et la Tunisie ont signé jeudi à Tunis quatorze accords de coopération à l'issue de la 22e session de la grande commission mixte algéro-tunisienne, coprésidée par les Premiers ministres des deux pays, Nadir Belkacem et Sami Jelassi.

        Les deux pays sont convenus d'accélérer la réalisation du projet de zone franche commerciale à la frontière commune et de moderniser les postes frontaliers afin de fluidifier le passage des marchandises.

        Les deux parties ont salué l'avancement du projet d'interconnexion électrique entre les deux réseaux nationaux.

        Elles ont réaffirmé leur attachement à une solution politique en Libye, sous l'égide des Nations unies, et ont appelé toutes les parties libyennes à préserver le cessez-le-feu.

        « Nous allons doubler les échanges commerciaux d'ici 2030 », a déclaré M. Belkacem lors d'une conférence de presse conjointe.

        Les ministres des Affaires étrangères des deux pays, Karim Haddad et Leïla Mansour, ont par ailleurs signé un mémorandum sur les consultations politiques.

        La prochaine session se tiendra en Algérie en 2028.
        """, published: "2027-03-11", language: .french, parties: ["DZ", "TN"], items: [
            item("sont convenus d'accélérer la réalisation du projet de zone franche", "pledge", ["DZ", "TN"], ["trade", "economy", "infrastructure"]),
            item("ont salué l'avancement du projet d'interconnexion électrique", "welcome", ["DZ", "TN"], ["energy", "infrastructure"]),
            item("ont réaffirmé leur attachement à une solution politique en Libye", "position", ["DZ", "TN"], ["regional_conflict", "diplomatic_process"]),
            item("ont appelé toutes les parties libyennes à préserver le cessez-le-feu", "call", ["DZ", "TN"], ["regional_conflict"]),
            item("Nous allons doubler les échanges commerciaux", "pledge", ["DZ"], ["trade"]),
            item("La prochaine session se tiendra en Algérie", "pledge", ["DZ", "TN"], ["diplomatic_process"]),
        ]),
        // A MAP report of a "haute commission mixte": "les ministres … des deux pays, X et Y", then each minister's own stance.
        article("fx-ma-sn-hcm16", """
        RABAT, 14 avril 2027 (MAP) - Le Maroc et le Sénégal ont convenu, mercredi à Rabat, de renforcer leur coopération dans les domaines de l'énergie et de la pêche, à l'issue des travaux de la 16e session de la haute commission mixte maroco-sénégalaise.

        Les travaux ont été coprésidés par les ministres des Affaires étrangères des deux pays, Karim Alaoui et Aminata Ndiaye.

        M. Alaoui a salué la position constante du Sénégal en faveur de l'intégrité territoriale du Royaume. Mme Ndiaye a, pour sa part, réitéré le soutien de son pays au plan d'autonomie.

        Les deux parties ont appelé à la relance du gazoduc Afrique atlantique.
        """, published: "2027-04-14", language: .french, parties: ["MA", "SN"], items: [
            item("ont convenu, mercredi à Rabat, de renforcer leur coopération", "pledge", ["MA", "SN"], ["energy", "agriculture"]),
            item("M. Alaoui a salué la position constante du Sénégal", "welcome", ["MA"], ["sovereignty", "territorial"]),
            item("réitéré le soutien de son pays au plan d'autonomie", "support", ["SN"], ["sovereignty", "territorial"]),
            item("Les deux parties ont appelé à la relance du gazoduc", "call", ["MA", "SN"], ["energy", "infrastructure"]),
        ]),
        // An SPA report: two officials coordinated with و, each title binding its own name; navigation, grid interconnection, ceasefire.
        article("fx-sa-eg-cc3", """
        ولي العهد والرئيس المصري يترأسان اجتماع مجلس التنسيق الأعلى السعودي المصري

        الرياض 9 يناير 2027 (واس) - عقد مجلس التنسيق الأعلى السعودي المصري اجتماعه الثالث اليوم في الرياض، وترأس الاجتماع ولي العهد السعودي الأمير محمد بن سلمان والرئيس المصري عبد الفتاح السيسي.

        واتفق الجانبان على الإسراع في تنفيذ مشروع الربط الكهربائي بين البلدين وتشغيله بكامل طاقته خلال عام 2027.

        وأكد الجانبان أهمية ضمان أمن الملاحة في البحر الأحمر وباب المندب، ورفضهما لأي تهديد لحرية الملاحة الدولية.

        ورحب الجانبان بإعلان وقف إطلاق النار في السودان، داعيين إلى إطلاق عملية سياسية شاملة تحفظ وحدة السودان وسيادته.

        كما أدان الجانبان الهجمات التي تستهدف السفن التجارية.

        وقال الرئيس السيسي إن مصر ستواصل العمل مع المملكة لزيادة الاستثمارات المشتركة.
        """, published: "2027-01-09", language: .arabic, parties: ["SA", "EG"], items: [
            item("واتفق الجانبان على الإسراع في تنفيذ مشروع الربط الكهربائي", "pledge", ["SA", "EG"], ["energy", "infrastructure"]),
            item("وأكد الجانبان أهمية ضمان أمن الملاحة", "position", ["SA", "EG"], ["security"]),
            item("ورفضهما لأي تهديد لحرية الملاحة الدولية", "condemn", ["SA", "EG"], ["security"]),
            item("ورحب الجانبان بإعلان وقف إطلاق النار في السودان", "welcome", ["SA", "EG"], ["regional_conflict"]),
            item("داعيين إلى إطلاق عملية سياسية شاملة", "call", ["SA", "EG"], ["regional_conflict", "diplomatic_process", "sovereignty"]),
            item("كما أدان الجانبان الهجمات التي تستهدف السفن التجارية", "condemn", ["SA", "EG"], ["security"]),
            item("مصر ستواصل العمل مع المملكة لزيادة الاستثمارات", "pledge", ["EG"], ["investment"]),
        ]),
        // A Reuters report of a three-party summit: a quoted "We will", a dateline dated later than the summit, and a second speaker after "while".
        article("fx-eg-jo-iq-summit", """
        Egypt, Jordan and Iraq agree to speed up power link at Baghdad summit

        BAGHDAD, May 6 (Reuters) - The leaders of Egypt, Jordan and Iraq agreed on Tuesday to speed up an electricity interconnection linking the three countries and to set up a joint industrial zone near the Jordanian-Iraqi border, according to a final communique issued after their summit in Baghdad.

        "We will finish the grid link before the end of next year," Iraqi Prime Minister Hadi al-Rubaie told a news conference after the talks.

        The three leaders condemned attacks on commercial shipping in the Red Sea and called for an immediate ceasefire in Gaza.

        Jordan's King Abdullah warned that the region could not afford another war, while Egyptian President Abdel Fattah al-Sisi said Cairo would host the next summit in 2028.
        """, published: "2027-05-06", language: .english, parties: ["EG", "JO", "IQ"], items: [
            item("agreed on Tuesday to speed up an electricity interconnection", "pledge", ["EG", "JO", "IQ"], ["energy", "infrastructure", "industry"]),
            item("We will finish the grid link", "pledge", ["IQ"], ["energy", "infrastructure"]),
            item("The three leaders condemned attacks on commercial shipping", "condemn", ["EG", "JO", "IQ"], ["security", "trade"]),
            item("called for an immediate ceasefire in Gaza", "call", ["EG", "JO", "IQ"], ["regional_conflict"]),
            item("King Abdullah warned that the region could not afford", "position", ["JO"], ["regional_conflict", "security"]),
            item("Cairo would host the next summit in 2028", "pledge", ["EG"], ["diplomatic_process"]),
        ]),
        // A UN Security Council press statement: the Council speaks; a missile launch is security.
        article("fx-unsc-kp", """
        Security Council Press Statement on Missile Launch by Democratic People's Republic of Korea

        NEW YORK, 3 April 2027

        The following Security Council press statement was issued today by Council President Amara Diallo (Sierra Leone):

        The members of the Security Council strongly condemned the ballistic missile launch conducted on 1 April by the Democratic People's Republic of Korea, in violation of Security Council resolutions.

        The members of the Security Council urged the DPRK to refrain from further launches and to comply fully with its obligations.

        They reaffirmed their commitment to a peaceful, diplomatic and political solution to the situation on the Korean Peninsula.

        The members of the Security Council welcomed efforts by Council members and other States to facilitate dialogue.
        """, published: "2027-04-03", language: .english, parties: ["UN"], items: [
            item("strongly condemned the ballistic missile launch", "condemn", ["UN"], ["security"]),
            item("urged the DPRK to refrain from further launches", "call", ["UN"], ["security"]),
            item("reaffirmed their commitment to a peaceful, diplomatic and political solution", "position", ["UN"], ["diplomatic_process", "security"]),
            item("welcomed efforts by Council members and other States", "welcome", ["UN"], ["diplomatic_process"]),
        ]),
        // An EU High Representative statement: condolences, solidarity, calls, and "and will continue to" as a second commitment.
        article("fx-eu-ne-attack", """
        Sahel: Statement by the High Representative on behalf of the EU on the attack in Niger

        Brussels, 18 June 2027

        The European Union strongly condemns the terrorist attack that killed dozens of civilians in the Tillaberi region of Niger on 15 June.

        The EU expresses its condolences to the families of the victims and stands in solidarity with the people of Niger.

        The EU calls on the authorities to ensure that those responsible are brought to justice and urges all actors to protect civilians.

        The European Union remains committed to supporting the countries of the Sahel in addressing the security and humanitarian crisis, and will continue to provide humanitarian assistance to those in need.
        """, published: "2027-06-18", language: .english, parties: ["EU"], items: [
            item("strongly condemns the terrorist attack", "condemn", ["EU"], ["counterterrorism", "security"]),
            item("expresses its condolences to the families", "position", ["EU"], ["humanitarian"]),
            item("stands in solidarity with the people of Niger", "support", ["EU"], ["humanitarian", "diplomatic_process"]),
            item("calls on the authorities to ensure that those responsible", "call", ["EU"], ["security", "counterterrorism"]),
            item("urges all actors to protect civilians", "call", ["EU"], ["humanitarian", "security"]),
            item("remains committed to supporting the countries of the Sahel", "support", ["EU"], ["security", "humanitarian"]),
            item("will continue to provide humanitarian assistance", "pledge", ["EU"], ["humanitarian"]),
        ]),
        // A KUNA report of a GCC ministerial communiqué: "أكد المجلس" and its kin speak for the GCC.
        article("fx-gcc-mc168", """
        المجلس الوزاري الخليجي يدين الهجمات على ناقلات النفط

        الرياض - 2 ديسمبر 2026 (كونا) -- أكد المجلس الوزاري لمجلس التعاون لدول الخليج العربية في البيان الختامي لدورته الـ168 التي عقدت في الرياض اليوم، مواقفه الثابتة الرافضة لاستمرار احتلال إيران للجزر الثلاث.

        ودعا المجلس إيران إلى الاستجابة لمساعي دولة الإمارات العربية المتحدة لحل القضية عبر المفاوضات المباشرة.

        وأدان المجلس الهجمات على ناقلات النفط وخطوط الملاحة في الخليج العربي، مؤكدا أهمية حماية أمن الممرات المائية.

        ورحب المجلس بنتائج مشروع الربط الكهربائي الخليجي، وقرر تسريع استكمال السوق الخليجية المشتركة.

        كما جدد المجلس دعمه الكامل للشعب الفلسطيني وحقه في إقامة دولته المستقلة.
        """, published: "2026-12-02", language: .arabic, parties: ["GCC"], items: [
            item("مواقفه الثابتة الرافضة لاستمرار احتلال إيران", "position", ["GCC"], ["sovereignty", "territorial"]),
            item("ودعا المجلس إيران إلى الاستجابة", "call", ["GCC"], ["territorial", "diplomatic_process"]),
            item("وأدان المجلس الهجمات على ناقلات النفط", "condemn", ["GCC"], ["security", "energy"]),
            item("مؤكدا أهمية حماية أمن الممرات المائية", "position", ["GCC"], ["security"]),
            item("ورحب المجلس بنتائج مشروع الربط الكهربائي", "welcome", ["GCC"], ["energy", "infrastructure"]),
            item("وقرر تسريع استكمال السوق الخليجية المشتركة", "pledge", ["GCC"], ["economy", "trade"]),
            item("جدد المجلس دعمه الكامل للشعب الفلسطيني", "support", ["GCC"], ["sovereignty"]),
        ]),
    ] }
}
