import Model

/// Decides whether two articles report one statement, from the two alone:
/// the decision never depends on what else is archived, which is what makes
/// the statements the same whatever order articles arrive in.
enum SameStatementRule {
    /// The link between `a` and `b`, or nil when they stay apart.
    ///
    /// - Parameter similarity: the share of word shingles the two texts
    ///   have in common, when they are in one language and it was measured.
    static func link(_ a: ReportReading, _ b: ReportReading, similarity: Double?) -> ReportLink? {
        if let similarity, a.language == b.language, similarity >= MergeRules.nearCopySimilarity,
           conflict(a, b) == nil {
            var reason = "near-copy: about \(Int((similarity * 100).rounded()))% of the shorter text's \(MergeRules.shingleWords)-word shingles in the other"
            if !a.issuers.isEmpty, a.issuers == b.issuers { reason += ", same issuers " + a.issuers.joined(separator: "+") }
            return ReportLink(rule: .nearCopy, reason: reason)
        }
        return sameStatement(a, b) ?? sameRound(a, b) ?? samePlace(a, b)
    }

    /// What makes two readings different statements even when their texts
    /// are near-copies (a wire template reused for the next round or the
    /// next call): a different day fixed by both texts, a different round or
    /// mechanism. (Issuers are not compared: copies of one text, cut at
    /// different points, often name its parties differently.)
    static func conflict(_ a: ReportReading, _ b: ReportReading) -> String? {
        if a.daySource == .text, b.daySource == .text, a.matchDay != b.matchDay { return "different dates" }
        if let x = a.round, let y = b.round, x != y { return "rounds \(x) and \(y)" }
        if let x = a.mechanism, let y = b.mechanism, x != y { return "different mechanisms" }
        return nil
    }

    /// Whether two days agree as the same-statement rule requires: equal
    /// when both texts fix them (or a day apart, for joint texts of the same
    /// sides: `jointTextsOfTheSameSides`); the publication up to two days after a
    /// day the other text fixes; two publications a day apart at most.
    static func daysAgree(
        _ a: Int, _ sourceA: ReportReading.DaySource, _ b: Int, _ sourceB: ReportReading.DaySource, jointTextsOfTheSameSides: Bool
    ) -> Bool {
        switch (sourceA, sourceB) {
        case (.text, .text): return a == b || jointTextsOfTheSameSides && abs(a - b) <= MergeRules.textDaysApartOfOneJointText
        case (.text, .published): return MergeRules.publishedAfterText.contains(b - a)
        case (.published, .text): return MergeRules.publishedAfterText.contains(a - b)
        case (.published, .published): return abs(a - b) <= MergeRules.publishedApart
        default: return false
        }
    }

    /// Reports that give the same numbered round of a meeting (the 9th
    /// session) between parties they both name, where a date is missing on
    /// one side: the round stands for the date. Nothing known to both may
    /// disagree (days, years, mechanism, venue), and the kinds must agree.
    static func sameRound(_ a: ReportReading, _ b: ReportReading) -> ReportLink? {
        guard let round = a.round, round == b.round, round >= MergeRules.smallestIdentifyingRound,
              a.matchDay == nil || b.matchDay == nil,
              MergeRules.compatible(a.kind, b.kind) else { return nil }
        if let x = a.date.year, let y = b.date.year, x != y { return nil }
        if let x = a.mechanism, let y = b.mechanism, x != y { return nil }
        if let x = a.venue, let y = b.venue, x != y { return nil }
        let shared = Set(a.parties.map(\.code)).intersection(b.parties.map(\.code))
        guard shared.count >= MergeRules.partiesSharedByOneRound else { return nil }
        var facts = ["round \(round)" + ((a.mechanism ?? b.mechanism).map { " of the " + $0 } ?? ""),
                     "parties " + shared.sorted().joined(separator: "+") + " named by both"]
        if let venue = a.venue ?? b.venue { facts.append("in " + venue) }
        facts.append("no date on one side")
        return ReportLink(rule: .sameStatement, reason: facts.joined(separator: ", "))
    }

    /// Other words, maybe another language: the same issuers (or the issuers
    /// one report names all among the other's: an outlet often names only
    /// one side; or one report's issuers all among the other's parties: an
    /// outlet often takes a host or a bloc for a party merely mentioned),
    /// the same day (within a tolerance when a side only has its
    /// publication date), compatible kinds, and the same mechanism, round
    /// and venue wherever both know them. A single issuer in common, or
    /// issuer sets that only meet through the parties mentioned, are weak
    /// evidence (a ministry issues many statements a day), so they also need
    /// the same venue, mechanism or round known to both, or the same day
    /// fixed by both texts and another party both name.
    static func sameStatement(_ a: ReportReading, _ b: ReportReading) -> ReportLink? {
        let (x, y) = (Set(a.issuers), Set(b.issuers))
        let common = x.intersection(y)
        let nested = common == x || common == y
        guard issuersAgree(a, b), let dayA = a.matchDay, let dayB = b.matchDay,
              MergeRules.compatible(a.kind, b.kind), newsReportFits(a, b) else { return nil }
        // Issuers that only meet through the parties mentioned need both
        // reports to name their document, of one family (an outlet's "news
        // report" of a meeting says too little to bridge them).
        if !nested, MergeRules.family(a.kind) != MergeRules.family(b.kind) || MergeRules.family(a.kind) == .report {
            return nil
        }
        var facts = [x == y ? "same issuers " + a.issuers.joined(separator: "+")
                            : "issuers " + a.issuers.joined(separator: "+") + " and " + b.issuers.joined(separator: "+")
                                + (nested ? "" : ", each named by the other")]
        switch (a.daySource, b.daySource) {
        case (.text, .text):
            if dayA == dayB {
                facts.append("same date " + DayNumber.iso(dayA))
            } else {
                guard daysAgree(dayA, .text, dayB, .text, jointTextsOfTheSameSides: jointTextsOfTheSameSides(a, b)) else { return nil }
                facts.append("dates \(DayNumber.iso(min(dayA, dayB))) and \(DayNumber.iso(max(dayA, dayB))) in the texts")
            }
        case (.text, .published), (.published, .text):
            let (text, published) = a.daySource == .text ? (dayA, dayB) : (dayB, dayA)
            guard MergeRules.publishedAfterText.contains(published - text) else { return nil }
            facts.append("date \(DayNumber.iso(text)) in one text, published \(DayNumber.iso(published))")
        default:
            guard abs(dayA - dayB) <= MergeRules.publishedApart else { return nil }
            facts.append(dayA == dayB ? "both published \(DayNumber.iso(dayA))" : "published \(DayNumber.iso(min(dayA, dayB))) and \(DayNumber.iso(max(dayA, dayB)))")
        }
        if let x = a.mechanism, let y = b.mechanism {
            guard x == y else { return nil }
        }
        if let x = a.round, let y = b.round {
            guard x == y else { return nil }
        }
        if let x = a.venue, let y = b.venue {
            guard x == y else { return nil }
        }
        let mechanism = a.mechanism ?? b.mechanism
        let round = a.round ?? b.round
        let venue = a.venue ?? b.venue
        if common.count == 1 || !nested {
            // One issuer in common, or issuers that differ: something else
            // must tie the two, a venue, mechanism or round both know, or
            // (one issuer in common) a day both texts fix with the same
            // other parties named; issuers that differ already share their
            // parties, so that says nothing of them.
            let sharedParties = Set(a.parties.map(\.code)).intersection(b.parties.map(\.code))
            let anchored = (a.mechanism != nil && b.mechanism != nil) || (a.venue != nil && b.venue != nil)
                || (a.round != nil && b.round != nil)
                || (nested && a.daySource == .text && b.daySource == .text && sharedParties.count >= MergeRules.partiesSharedByOneRound)
            guard anchored else { return nil }
        }
        if let mechanism {
            facts.append(mechanism + (round.map { " round \($0)" } ?? ""))
        } else if let round {
            facts.append("round \(round)")
        }
        if let venue { facts.append("in " + venue) }
        if a.kind == b.kind {
            facts.append("both " + a.kind.rawValue.replacingOccurrences(of: "_", with: " "))
        }
        return ReportLink(rule: .sameStatement, reason: facts.joined(separator: ", "))
    }

    /// Joint texts of the same two or more sides, which `daysAgree` lets be
    /// dated a day apart by their texts: a visit's joint statement, which one
    /// outlet dates by the visit's first day and another by the day of the
    /// talks. One side's accounts and news reports are not joined so: the
    /// same ministers speak or call again the next day.
    static func jointTextsOfTheSameSides(_ a: ReportReading, _ b: ReportReading) -> Bool {
        jointTextsOfTheSameSides(a.kind, Set(a.issuers), b.kind, Set(b.issuers))
    }

    /// Whether two reports are joint texts of the same two or more sides.
    static func jointTextsOfTheSameSides(_ kindA: StatementKind, _ issuersA: Set<String>, _ kindB: StatementKind, _ issuersB: Set<String>) -> Bool {
        issuersA == issuersB && issuersA.count >= 2 && MergeRules.family(kindA) == .joint && MergeRules.family(kindB) == .joint
    }

    /// Whether a news report can be the report of the other side's document:
    /// a news report names no document, so on the document's day it may as
    /// well report a side event of some of its issuers (the ministers' press
    /// conference after a summit). It fits with the same issuers, or with
    /// more when its extra issuers are parties the document names (an outlet
    /// that takes a mentioned party for a side); naming only some of the
    /// document's issuers, it must also give the document's round.
    static func newsReportFits(_ a: ReportReading, _ b: ReportReading) -> Bool {
        guard (a.kind == .newsReport) != (b.kind == .newsReport) else { return true }
        let (report, document) = a.kind == .newsReport ? (a, b) : (b, a)
        let (own, theirs) = (Set(report.issuers), Set(document.issuers))
        if own.isSuperset(of: theirs), own.subtracting(theirs).isSubset(of: document.parties.map(\.code)) { return true }
        guard let round = report.round else { return false }
        return round == document.round
    }

    /// Whether two reports' issuers can be one statement's: one report's
    /// issuers all among the other's, or among the other's parties (an
    /// issuer the other only mentions), with an issuer in common.
    static func issuersAgree(_ a: ReportReading, _ b: ReportReading) -> Bool {
        issuersAgree(Set(a.issuers), parties: Set(a.parties.map(\.code)), Set(b.issuers), parties: Set(b.parties.map(\.code)))
    }

    static func issuersAgree(_ x: Set<String>, parties px: Set<String>, _ y: Set<String>, parties py: Set<String>) -> Bool {
        let common = x.intersection(y)
        guard !common.isEmpty else { return false }
        return common == x || common == y || x.isSubset(of: py) || y.isSubset(of: px)
    }

    /// Reports that give no day at all (outlets that date neither the text
    /// nor their page): the same issuers, two or more, the same venue, and
    /// a joint text on both sides, the same round or none on either, with
    /// nothing known to both disagreeing (year, month, mechanism). One side's
    /// accounts (a readout of a visit) recur between the same leaders in the same city, and a
    /// dated report is not joined on so little: an undated report of the
    /// next visit would bridge the two.
    static func samePlace(_ a: ReportReading, _ b: ReportReading) -> ReportLink? {
        guard a.matchDay == nil, b.matchDay == nil,
              a.issuers.count >= MergeRules.issuersOfAnUndatedReport, a.issuers == b.issuers,
              let venue = a.venue, venue == b.venue,
              MergeRules.family(a.kind) == .joint, MergeRules.family(b.kind) == .joint else { return nil }
        if let x = a.date.year, let y = b.date.year, x != y { return nil }
        if let x = a.date.month, let y = b.date.month, x != y { return nil }
        if let x = a.mechanism, let y = b.mechanism, x != y { return nil }
        // Without a day, a round is what tells the sides' meetings in one city apart:
        // "the fourth summit" on one side only may be another meeting than the other's.
        guard a.round == b.round else { return nil }
        var facts = ["same issuers " + a.issuers.joined(separator: "+"), "in " + venue]
        if let mechanism = a.mechanism ?? b.mechanism { facts.append(mechanism) }
        facts.append(a.kind == b.kind ? "both " + a.kind.rawValue.replacingOccurrences(of: "_", with: " ") : "both joint texts")
        facts.append("no date on either side")
        return ReportLink(rule: .sameStatement, reason: facts.joined(separator: ", "))
    }
}
