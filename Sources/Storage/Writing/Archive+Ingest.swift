import Foundation
import GRDB
import Model

extension Archive {
    /// The key under which an article's text is stored: SHA-256 of its text.
    public static func contentHash(of text: String) -> String { ContentHash.sha256(text) }

    /// Stores a batch of extracted articles in one transaction (one fsync
    /// for the batch), atomically per article: an article that fails leaves
    /// no trace and the others are kept.
    ///
    /// - Parameter contentHashes: each article's `Archive.contentHash(of:)`
    ///   of its extraction's text, when the caller has them already (ingest
    ///   hashes every text to skip known ones before extracting); computed
    ///   here otherwise.
    /// - Parameter fingerprints: each article's `ReportFingerprint` of its
    ///   extraction's text, when the caller computed them beside extraction
    ///   (ingest does, off the writer's thread); computed here otherwise.
    /// - Returns: one result per article, in order.
    public func ingest(
        _ batch: [(article: Article, extraction: Extraction)], contentHashes: [String]? = nil,
        fingerprints: [ReportFingerprint]? = nil
    ) throws -> [Result<IngestOutcome, StorageError>] {
        precondition(contentHashes == nil || contentHashes!.count == batch.count, "one content hash per article")
        precondition(fingerprints == nil || fingerprints!.count == batch.count, "one fingerprint per article")
        let ingestedAt = ISO8601DateFormatter().string(from: Date())
        // Each article's savepoint keeps the original of every page it
        // changes in a statement journal, which SQLite spills to a file in
        // /var/tmp past 64 KiB: a 256-article batch made ~60,000 small
        // pwrite calls there for ~2,500 to the WAL. In memory it costs a
        // few MB for the batch and no system call.
        try Archive.translatingErrors(path: path) {
            try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA temp_store = MEMORY") }
        }
        // First the whole batch without savepoints: FTS5 writes its pending
        // terms out as a new index segment at every savepoint, so a
        // savepoint per article made a segment per article and kept FTS5
        // merging them. An article that fails rolls the attempt back, and
        // the batch is stored again with a savepoint per article, which
        // keeps the others. Articles rarely fail, so the second pass is rare.
        let blockSize = lengthBlockSize
        let pending = pendingRows
        do {
            return try write { db in
                try Self.insert(batch, hashes: contentHashes, fingerprints: fingerprints, into: db, ingestedAt: ingestedAt, savepoints: false, lengthBlockSize: blockSize, pending: pending)
            }
        } catch is ArticleFailure {
            return try write { db in
                try Self.insert(batch, hashes: contentHashes, fingerprints: fingerprints, into: db, ingestedAt: ingestedAt, savepoints: true, lengthBlockSize: blockSize, pending: pending)
            }
        }
    }

    /// Thrown out of a batch written without savepoints when one article fails.
    private struct ArticleFailure: Error {}

    /// Errors no article causes: the disk, the file or a lock failed, and
    /// the whole batch is lost.
    private static func losesTheBatch(_ error: DatabaseError) -> Bool {
        [.SQLITE_FULL, .SQLITE_READONLY, .SQLITE_IOERR, .SQLITE_BUSY].contains(error.resultCode)
    }

    private static func insert(
        _ batch: [(article: Article, extraction: Extraction)], hashes: [String]?, fingerprints: [ReportFingerprint]?,
        into db: Database, ingestedAt: String,
        savepoints: Bool, lengthBlockSize: Int, pending: PendingRows
    ) throws -> [Result<IngestOutcome, StorageError>] {
        var results: [Result<IngestOutcome, StorageError>] = []
        results.reserveCapacity(batch.count)
        let parties = PartyCache()
        let merging = MergeBatch()
        var commitments = try CommitmentBatch(db, pending: pending)
        for (position, item) in batch.enumerated() {
            let inserter = ArticleInserter(db: db, ingestedAt: ingestedAt, parties: parties, merging: merging)
            let hash = hashes?[position]
            let fingerprint = fingerprints?[position]
            do {
                var outcome: IngestOutcome?
                merging.checkpoint()
                if savepoints {
                    try db.inSavepoint {
                        outcome = try inserter.insert(item.article, extraction: item.extraction, hash: hash, fingerprint: fingerprint, commitments: &commitments)
                        try commitments.write(db)
                        return .commit
                    }
                } else {
                    outcome = try inserter.insert(item.article, extraction: item.extraction, hash: hash, fingerprint: fingerprint, commitments: &commitments)
                }
                parties.keepPending()
                results.append(.success(outcome!))
            } catch let error as DatabaseError where Self.losesTheBatch(error) {
                throw error  // the whole batch is lost: let the caller report it
            } catch let error as DatabaseError {
                guard savepoints else { throw ArticleFailure() }
                parties.dropPending()
                merging.rollback()
                try commitments.restart(db)
                results.append(.failure(error.resultCode == .SQLITE_CONSTRAINT
                    ? .failed("the extraction broke an archive rule (\(error.message ?? "constraint")); the article was not stored")
                    : .failed("SQLite error: \(error.message ?? error.resultCode.description)")))
            }
        }
        // Without savepoints the batch's commitments are still pending; an
        // error there is some article's, as in the loop above. Those of
        // statements that articles joined take their statement's facets first
        // (with savepoints they are written already: consolidation rewrites them).
        do {
            if !savepoints { commitments.consolidateFacets(try merging.chooseFields(db)) }
            try commitments.write(db)
        } catch let error as DatabaseError where !savepoints && !Self.losesTheBatch(error) {
            throw ArticleFailure()
        }
        // Statements that articles joined take their reports' best fields;
        // statements an article bridged become one.
        try merging.apply(db)
        // The ranking lengths of what this batch indexed, in its transaction.
        try LengthBlocks.update(db, blockSize: lengthBlockSize)
        return results
    }

    /// Stores one extracted article atomically.
    public func ingest(_ article: Article, extraction: Extraction) throws -> IngestOutcome {
        try ingest([(article, extraction)])[0].get()
    }
}

/// Inserts one article with its statement, parties, persons and
/// commitments through cached statements (ingest is the hot path).
struct ArticleInserter {
    let db: Database
    let ingestedAt: String
    var parties = PartyCache()
    var merging = MergeBatch()

    /// Writes the article, its statement, parties and persons, and hands
    /// its commitments to `commitments`, which writes them later.
    func insert(
        _ article: Article, extraction: Extraction, hash given: String? = nil, fingerprint: ReportFingerprint? = nil,
        commitments: inout CommitmentBatch
    ) throws -> IngestOutcome {
        let text = extraction.text
        let hash = given ?? ContentHash.sha256(text)
        assert(hash == ContentHash.sha256(text), "a given content hash must be the hash of the extraction's text")
        if let existing = try archivedStatement(hash: hash) {
            return .alreadyArchived(statementID: existing)
        }

        // Archived articles that report the same statement (Merging/).
        var reading = ReportReading(article: article, extraction: extraction)
        let fingerprint = fingerprint ?? ReportFingerprint(text: text)
        let merger = ReportMerger(db: db)
        let matches = try merger.matches(for: reading, fingerprint: fingerprint, statementOf: merging.resolve)

        // The article's own rows are bound like the commitments'
        // (``PendingValues``): GRDB's arguments cost about 10,000
        // instructions an article, the article's text copied once more.
        var values = PendingValues()
        let statement = extraction.statement
        let statementID: Int64
        if matches.isEmpty {
            values.append(statement.kind.rawValue)
            values.append(statement.date.iso)
            values.append(statement.date.precision.rawValue)
            values.append(statement.venue)
            values.append(statement.mechanism)
            values.append(statement.round)
            try Self.insertStatement.run(values, in: db)
            statementID = db.lastInsertedRowID
        } else {
            statementID = merging.join(matches.map(\.statementID))
        }

        values.removeAll()
        values.append(statementID)
        values.append(hash)
        values.append(article.title ?? extraction.title)
        values.append(article.source)
        values.append(article.url)
        values.append(extraction.language.rawValue)
        values.append(article.published?.iso)
        values.append(ingestedAt)
        values.append(text)
        try Self.insertArticle.run(values, in: db)
        let articleID = db.lastInsertedRowID
        reading.articleID = articleID
        if !matches.isEmpty { merging.joined(article: articleID, to: statementID) }
        try merger.record(reading, fingerprint: fingerprint, matches: matches)

        // A party named both as issuer and as mentioned is an issuer.
        var roles: [PartyCode: PartyRole] = [:]
        for party in extraction.parties where roles[party.code] != .issuer { roles[party.code] = party.role }
        let sortedRoles = roles.sorted(by: { $0.key < $1.key })
        let statementParties = sortedRoles.map(\.key)
        values.removeAll()
        for (code, role) in sortedRoles {
            try ensureParty(code)
            values.append(statementID)
            values.append(code.rawValue)
            values.append(role.rawValue)
        }
        // A statement joined already has its parties: consolidation merges them.
        if matches.isEmpty { try Self.insertStatementParties.run(values, in: db) }

        // In order, so that their ids are as one INSERT each would give.
        values.removeAll()
        for person in extraction.persons {
            if let party = person.party { try ensureParty(party) }
            values.append(statementID)
            values.append(articleID)
            values.append(person.name)
            values.append(person.role.rawValue)
            values.append(person.party?.rawValue)
        }
        try Self.insertPersons.run(values, in: db)
        try insertEvidence(extraction.evidence, statementID: statementID, articleID: articleID, into: &values)

        let facets = SearchFacet.Columns(
            statementParties: statementParties, kind: statement.kind, language: extraction.language, date: statement.date)
        let firstOrdinal = matches.isEmpty ? 1 : try merging.nextOrdinal(in: statementID, db: db)
        for (index, commitment) in extraction.commitments.enumerated() {
            for code in commitment.by { try ensureParty(code) }
            commitments.append(
                statementID: statementID, articleID: articleID, ordinal: firstOrdinal + index, commitment,
                language: extraction.language, facets: facets)
        }
        merging.used(ordinalsThrough: firstOrdinal + extraction.commitments.count - 1, in: statementID)
        return .archived(statementID: statementID, commitments: extraction.commitments.count)
    }

    private static let insertStatement = MultiRowInsert(
        "INSERT INTO statement(kind, date, date_precision, venue, mechanism, round) VALUES ", width: 6, maxRows: 1)
    private static let insertArticle = MultiRowInsert(
        "INSERT INTO article(statement_id, content_hash, title, source, url, language, published, ingested_at, text) VALUES ",
        width: 9, maxRows: 1)
    private static let insertStatementParties = MultiRowInsert(
        "INSERT INTO statement_party(statement_id, party_code, role) VALUES ", width: 3, maxRows: 16)
    private static let insertPersons = MultiRowInsert(
        "INSERT INTO person(statement_id, article_id, name, role, party_code) VALUES ", width: 5, maxRows: 16)
    private static let insertEvidence = MultiRowInsert(
        "INSERT INTO statement_evidence(statement_id, article_id, field, party_code, start_offset, end_offset) VALUES ",
        width: 6, maxRows: 16)

    /// The spans that decided the statement's fields (see `0009_statement_evidence.sql`).
    private func insertEvidence(_ evidence: StatementEvidence?, statementID: Int64, articleID: Int64, into values: inout PendingValues) throws {
        guard let evidence, !evidence.isEmpty else { return }
        values.removeAll()
        func row(_ field: String, _ party: String?, _ span: TextSpan) {
            values.append(statementID)
            values.append(articleID)
            values.append(field)
            values.append(party)
            values.append(span.start)
            values.append(span.end)
        }
        for (field, span) in [("kind", evidence.kind), ("date", evidence.date), ("venue", evidence.venue)] {
            if let span, span.end > span.start { row(field, nil, span) }
        }
        for (code, span) in evidence.issuers.sorted(by: { $0.key < $1.key }) where span.end > span.start {
            try ensureParty(PartyCode(rawValue: code))
            row("issuer", code, span)
        }
        try Self.insertEvidence.run(values, in: db)
    }

    /// The statement of the archived article whose text has this hash, if any.
    private func archivedStatement(hash: String) throws -> Int64? {
        try MultiRowInsert.fetchInt64(
            db.cachedStatement(sql: "SELECT statement_id FROM article WHERE content_hash = ?"), text: hash, in: db)
    }

    /// Makes sure the party row exists. Once per code and batch: its names
    /// come from CLDR through Foundation, which cost more than the whole
    /// insert of a commitment when they were looked up for every one.
    private func ensureParty(_ code: PartyCode) throws {
        guard parties.insert(code) else { return }
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO party(code, kind, name_en, name_ar, name_fr) VALUES (?, ?, ?, ?, ?)
            """).execute(arguments: [
                code.rawValue, code.isCountry ? "country" : "organization",
                code.name(in: .english), code.name(in: .arabic), code.name(in: .french),
            ])
    }
}

/// Commitments gathered from a batch's articles and written together.
///
/// Every statement that writes in a transaction where FTS5 has pending
/// terms makes FTS5 write them out as a new index segment (its statement
/// savepoint), and FTS5 then merges the segments: an INSERT per commitment,
/// with the insert trigger feeding the index, made a segment per
/// commitment. So a batch's commitments reach `commitment`, and through its
/// trigger the index, in one `INSERT … SELECT` from ``PendingRows``, which
/// reads them where they wait: one segment per batch, one prepared
/// statement. Ids are given here, from the largest so far, so the
/// commitments' parties and topics can be written after them.
struct CommitmentBatch {
    /// Columns in the order ``append(statementID:articleID:ordinal:_:language:facets:)`` writes them.
    static let columns = [
        "id", "statement_id", "article_id", "ordinal", "text", "start_offset", "end_offset", "type", "context", "target",
        "language", "facets",
    ]
    private static let insertPending: String = {
        let columns = CommitmentBatch.columns.joined(separator: ", ")
        return "INSERT INTO commitment(\(columns)) SELECT \(columns) FROM \(PendingRows.tableName) ORDER BY id"
    }()
    /// Who made each commitment and its topics: two values a row, many rows
    /// a statement (see ``MultiRowInsert``).
    private static let insertBy = MultiRowInsert(
        "INSERT OR IGNORE INTO commitment_party(commitment_id, party_code) VALUES ", width: 2, maxRows: 512)
    private static let insertTopic = MultiRowInsert(
        "INSERT OR IGNORE INTO commitment_topic(commitment_id, topic) VALUES ", width: 2, maxRows: 512)

    private let pending: PendingRows
    private var nextID: Int64
    private var rows = PendingValues()
    /// Pending `commitment_party` and `commitment_topic` rows, flat.
    private var byRows = PendingValues()
    private var topicRows = PendingValues()
    /// What each pending row's `facets` column was made of.
    private var facetSources: [FacetSource] = []

    private struct FacetSource {
        /// The position of the `facets` value in ``rows``.
        var position: Int
        var statementID: Int64
        var language: Language
        var topics: [Topic]
        var type: CommitmentType
    }

    init(_ db: Database, pending: PendingRows) throws {
        self.pending = pending
        nextID = 0
        try restart(db)
    }

    /// Forgets what is pending and starts again from the archive's largest id
    /// (after a rollback).
    mutating func restart(_ db: Database) throws {
        removePending()
        nextID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM commitment") ?? 0) + 1
    }

    /// Adds a commitment, its parties and topics; values go straight into
    /// the pending rows, in the order of ``columns``, the `facets` column
    /// written from the statement's shared `facets`.
    mutating func append(
        statementID: Int64, articleID: Int64, ordinal: Int, _ commitment: Commitment, language: Language,
        facets: SearchFacet.Columns
    ) {
        let id = nextID
        rows.append(id)
        rows.append(statementID)
        rows.append(articleID)
        rows.append(ordinal)
        rows.append(commitment.text)
        rows.append(commitment.start)
        rows.append(commitment.end)
        rows.append(commitment.type.rawValue)
        rows.append(commitment.context?.rawValue)
        rows.append(commitment.target)
        rows.append(language.rawValue)
        facetSources.append(FacetSource(
            position: rows.count, statementID: statementID, language: language, topics: commitment.topics,
            type: commitment.type))
        rows.appendText { facets.write(topics: commitment.topics, type: commitment.type, to: &$0) }
        for code in commitment.by {
            byRows.append(id)
            byRows.append(code.rawValue)
        }
        for topic in commitment.topics {
            topicRows.append(id)
            topicRows.append(topic.rawValue)
        }
        nextID += 1
    }

    /// Writes the `facets` column of the pending commitments of each
    /// statement in `fields` from its consolidated fields instead of their
    /// own article's, as `StatementConsolidation` would rewrite them.
    mutating func consolidateFacets(_ fields: [Int64: StatementFields]) {
        guard !fields.isEmpty else { return }
        var columns: [Int64: [Language: SearchFacet.Columns]] = [:]
        for source in facetSources {
            guard let chosen = fields[source.statementID] else { continue }
            let column = columns[source.statementID, default: [:]][source.language] ?? SearchFacet.Columns(
                statementParties: chosen.parties.map { PartyCode($0.code) }, kind: chosen.kind, language: source.language,
                date: chosen.date)
            columns[source.statementID, default: [:]][source.language] = column
            rows.replaceText(at: source.position) { column.write(topics: source.topics, type: source.type, to: &$0) }
        }
    }

    /// Writes what is pending: the commitments, then who made them and their topics.
    mutating func write(_ db: Database) throws {
        if !rows.isEmpty {
            let insert = try db.cachedStatement(sql: Self.insertPending)
            try pending.withRows(rows) { try insert.execute() }
        }
        try Self.insertBy.run(byRows, in: db)
        try Self.insertTopic.run(topicRows, in: db)
        removePending()
    }

    private mutating func removePending() {
        rows.removeAll()
        byRows.removeAll()
        topicRows.removeAll()
        facetSources.removeAll(keepingCapacity: true)
    }
}

extension Archive {
    /// Every archived article's content hash with its statement: loaded once
    /// per ingest so that known texts skip extraction.
    public func contentHashes() throws -> [String: Int64] {
        try read { db in
            var hashes: [String: Int64] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT content_hash, statement_id FROM article")
            while let row = try rows.next() { hashes[row[0]] = row[1] }
            return hashes
        }
    }
}

/// The parties a batch has already made sure of. Codes ensured inside an
/// article's savepoint stay pending until it commits: a rolled-back article
/// takes its party rows with it, so they must be ensured again.
final class PartyCache {
    private var kept: Set<PartyCode> = []
    private var pending: Set<PartyCode> = []

    /// Whether `code` is new to this batch (and now pending).
    func insert(_ code: PartyCode) -> Bool {
        guard !kept.contains(code) else { return false }
        return pending.insert(code).inserted
    }

    func keepPending() {
        kept.formUnion(pending)
        pending.removeAll(keepingCapacity: true)
    }

    func dropPending() { pending.removeAll(keepingCapacity: true) }
}
