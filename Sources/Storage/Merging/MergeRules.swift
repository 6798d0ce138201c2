import Model

/// The numbers and tables that decide when two articles report one
/// statement. Each is explained where it is set; `MergingRulesTests` and
/// `MergeGoldTests` measure them on SampleData's reports and traps.
enum MergeRules {
    // MARK: Near-copies

    /// Words a shingle: five words rarely repeat by chance across different
    /// stories, yet an edit only breaks the five shingles that overlap it.
    static let shingleWords = 5
    /// Words of each text that are shingled: the lede and first paragraphs,
    /// which copies of a wire keep whatever they cut or add further down.
    /// Shingling whole 8 KB articles cost a third as much as extracting them.
    static let fingerprintWords = 300
    /// MinHash bands and rows a band: 4 single minimum hashes make a pair
    /// whose shingle sets have a Jaccard index of 0.3 (a wire copy cut at
    /// another point) a candidate with probability 0.76, one of 0.5 with
    /// 0.94, an edited copy (0.7 and more) with 0.99. Band keys are random:
    /// each band is a row written on a random page of `report_band` and a
    /// look-up per article, on the writer's path; 8 bands cost ingest more
    /// than all the other merging work together.
    static let bands = 4
    static let rowsPerBand = 1
    /// Minimum hashes kept per article (the bands use the first ones): the
    /// similarity of a candidate is estimated from the two signatures, with
    /// no text read (re-reading and shingling candidates' texts was most of
    /// the cost of ingest on a templated corpus). With 32 hashes a Jaccard
    /// index of 0.3 is estimated within ±0.08 (one standard deviation).
    static let signatureHashes = 32

    /// The share of the shorter text's shingles found in the other (as the
    /// signatures estimate it) from which two same-language articles are
    /// near-copies. Copies of one wire
    /// cut at different points or edited share 0.43–0.95 of them (realdev's
    /// and SampleData's), unrelated articles at most 0.09; one agency's
    /// template reused for another round or call shares 0.5–0.7, and is kept
    /// apart by its conflicting date or round, not by this number.
    static let nearCopySimilarity = 0.3
    /// The same share for a candidate that no band brought, only an issuer
    /// and a day in common: a band shared by a handful of articles is
    /// already evidence of copying, while the reports of one issuer on one
    /// day include an agency's whole template (0.3–0.7 of shared shingles
    /// between the benchmark corpus's different statements). Copies of a
    /// wire whose four bands all missed share more (0.58 in realdev's).
    static let nearCopySimilarityWithoutBand = 0.5
    /// Candidates a band may bring: a band shared by more articles than this
    /// is boilerplate (a dateline pattern, a share line, an agency's
    /// template), not evidence: it becomes a stop band, whose rows go and
    /// which is never looked up (`ReportMerger+Bands.swift`). (The benchmark's
    /// templated corpus has bands shared by 40% of its articles.) A wire
    /// copied more often than this is still grouped by its issuers and date.
    static let maxArticlesPerBand = 16
    /// Links stored from a new report to the reports of one statement: its
    /// first matches in article order. One is enough to join the statement;
    /// a few keep the statement's reports linked to one another after an
    /// analyst splits one of them off (`StatementRegrouping.regroup`),
    /// while a statement carried by hundreds of outlets costs each new
    /// report a few comparisons, not one per earlier report.
    static let linksPerStatement = 8

    // MARK: Same statement, other words

    /// Days between a date fixed by the text and a date only inferred from
    /// publication: a report comes out on the day of the statement or up to
    /// two days after it, never before.
    static let publishedAfterText = 0...2
    /// Days between two dates both only inferred from publication: two
    /// reports of one statement published a day apart, at most.
    static let publishedApart = 1
    /// Days between two dates both texts fix, for joint texts of the same
    /// sides: a visit's first day in one report, its talks the next day in
    /// another (merge8's Egypt–China statement, the Jeddah Declaration signed
    /// one day and announced the next). No trap of the development sets
    /// had joint texts of the same sides a day apart.
    static let textDaysApartOfOneJointText = 1

    /// The smallest round that identifies a meeting without a date: "the
    /// first" is said of too many first meetings and misread too often.
    static let smallestIdentifyingRound = 2
    /// Parties (issuers or mentioned) two reports of one round must share.
    static let partiesSharedByOneRound = 2

    /// Issuers that reports with no day must both name, all the same, to
    /// join on their venue (`SameStatementRule.samePlace`): one ministry's
    /// statements in its own capital are countless.
    static let issuersOfAnUndatedReport = 2

    /// The most archived undated reports with the same issuers and venue an
    /// undated report is compared with: beyond it, those issuers meet in
    /// that city too often for a venue to tell their statements apart, and
    /// the report joins none of them on that evidence.
    static let maxReportsAtOnePlace = 16

    /// The three families of statement kinds. A joint text (whatever an
    /// outlet calls it) and one side's own account of the same talks are
    /// different statements; a news report can be the report of either.
    enum Family { case joint, oneSide, report }

    static func family(_ kind: StatementKind) -> Family {
        switch kind {
        case .jointStatement, .communique, .declaration: return .joint
        case .readout, .pressStatement: return .oneSide
        case .newsReport: return .report
        }
    }

    static func compatible(_ a: StatementKind, _ b: StatementKind) -> Bool {
        let (x, y) = (family(a), family(b))
        return x == y || x == .report || y == .report
    }

    /// Kinds in the order of preference when reports disagree: the document's
    /// own name beats an outlet's "news report".
    static let kindPreference: [StatementKind] = [
        .jointStatement, .communique, .declaration, .readout, .pressStatement, .newsReport,
    ]

    // MARK: Repeated commitments

    /// Words (not shingles: clauses are short) two same-language clauses of
    /// one statement must share (Jaccard) to be one commitment repeated:
    /// an edited wire copy changes a word or two of a clause.
    static let repeatedClauseSimilarity = 0.7
}
