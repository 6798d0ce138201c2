import Foundation
import GRDB
import GRDBSQLite

/// `entente_rank(commitment_fts)`: Okapi BM25 (k1 = 1.2, b = 0.75, FTS5's
/// own formula and constants) over the first column of the index only.
///
/// FTS5's `bm25()` would count the `facets` column in every row's length
/// and score the facet terms a filter adds, so filters would reorder
/// results; this scores what the user searched, as `bm25()` did when the
/// index had one column. Two things differ from `bm25()` in cost, not in
/// result: phrases met only outside column 0 (the facet terms) never get
/// their document frequency counted, which would scan their whole posting
/// list; and each phrase's frequency is counted on first use.
enum EntenteRank {
    static let name = "entente_rank"

    /// Registers the function on `db`'s FTS5, reading lengths from `norms`
    /// when they are kept (they must outlive the connection).
    static func register(_ db: Database, norms: SearchNorms?) {
        let api = FTS5.api(db)
        let context = norms.map { Unmanaged.passUnretained($0).toOpaque() }
        let code = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), name, context, rank, nil)
        precondition(code == SQLITE_OK, "cannot register \(name): \(code)")
    }

    private static let k1 = 1.2
    private static let b = 0.75

    /// What one query needs once: row count, average length of column 0,
    /// and each phrase's inverse document frequency as it is first needed.
    private final class QueryData {
        let rowCount: Int64
        let averageLength: Double
        var inverseFrequencies: [Double?]
        var frequencies: [Double]

        init(rowCount: Int64, averageLength: Double, phrases: Int) {
            self.rowCount = rowCount
            self.averageLength = averageLength
            inverseFrequencies = Array(repeating: nil, count: phrases)
            frequencies = Array(repeating: 0, count: phrases)
        }
    }

    private static let rank: fts5_extension_function = { pApi, pFts, pCtx, _, _ in
        guard let api = pApi?.pointee else { return }
        var code = SQLITE_OK
        let data: QueryData
        if let stored = api.xGetAuxdata(pFts, 0) {
            data = Unmanaged<QueryData>.fromOpaque(stored).takeUnretainedValue()
        } else {
            var rows: Int64 = 0
            var tokens: Int64 = 0
            code = api.xRowCount(pFts, &rows)
            if code == SQLITE_OK { code = api.xColumnTotalSize(pFts, 0, &tokens) }
            guard code == SQLITE_OK else { return sqlite3_result_error_code(pCtx, code) }
            data = QueryData(
                rowCount: rows, averageLength: Double(tokens) / Double(max(rows, 1)),
                phrases: Int(api.xPhraseCount(pFts)))
            code = api.xSetAuxdata(pFts, Unmanaged.passRetained(data).toOpaque()) {
                if let pointer = $0 { Unmanaged<QueryData>.fromOpaque(pointer).release() }
            }
            guard code == SQLITE_OK else { return sqlite3_result_error_code(pCtx, code) }
        }

        for index in data.frequencies.indices { data.frequencies[index] = 0 }
        var instances: Int32 = 0
        code = api.xInstCount(pFts, &instances)
        var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
        var index: Int32 = 0
        while code == SQLITE_OK, index < instances {
            code = api.xInst(pFts, index, &phrase, &column, &offset)
            if code == SQLITE_OK, column == 0 { data.frequencies[Int(phrase)] += 1 }
            index += 1
        }
        var length = Int32(0)
        if let norms = api.xUserData(pFts) {
            length = Int32(Unmanaged<SearchNorms>.fromOpaque(norms).takeUnretainedValue().length(of: api.xRowid(pFts)))
        }
        if code == SQLITE_OK, length == 0 { code = api.xColumnSize(pFts, 0, &length) }
        let documentLength = Double(length)

        var score = 0.0
        for phrase in data.frequencies.indices where code == SQLITE_OK && data.frequencies[phrase] > 0 {
            let inverseFrequency: Double
            if let known = data.inverseFrequencies[phrase] {
                inverseFrequency = known
            } else {
                var hits: Int64 = 0
                code = api.xQueryPhrase(pFts, Int32(phrase), &hits) { _, _, counter in
                    counter!.assumingMemoryBound(to: Int64.self).pointee += 1
                    return SQLITE_OK
                }
                // As FTS5's bm25(): a phrase in more than half the rows
                // would get a negative IDF; it gets a tiny positive one.
                let idf = log((Double(data.rowCount - hits) + 0.5) / (Double(hits) + 0.5))
                inverseFrequency = idf <= 0 ? 1e-6 : idf
                data.inverseFrequencies[phrase] = inverseFrequency
            }
            let frequency = data.frequencies[phrase]
            score += inverseFrequency * ((frequency * (k1 + 1.0))
                / (frequency + k1 * (1 - b + b * documentLength / data.averageLength)))
        }
        if code == SQLITE_OK {
            sqlite3_result_double(pCtx, -1.0 * score)
        } else {
            sqlite3_result_error_code(pCtx, code)
        }
    }
}
