import GRDB
import GRDBSQLite
import TextAnalysis

/// The FTS5 tokenizer of the archive, `tokenize='entente'`: it runs
/// ``SearchAnalyzer`` over the UTF-8 text SQLite hands it, so that the
/// index and the queries agree with `entente analyze`.
///
/// Indexed texts start with a language marker (see
/// ``AnalyzerLanguage/marker``) that picks the rules for Latin-script
/// words; queries carry none and get both English and French stems.
/// Offsets reported to FTS5 are offsets in the original text, so
/// `snippet()` and `highlight()` show the words as written.
///
/// A text that starts with ``SearchFacet/marker`` (the `facets` column, and
/// the filter terms of a query) is a list of facet tokens separated by
/// spaces, indexed and matched as written.
///
/// FTS5 creates one per connection through ``register(on:)``.
final class EntenteTokenizer {
    static let name = "entente"

    private let analyzer = SearchAnalyzer()
    /// Words this tokenizer has analysed in documents: writing an archive
    /// meets the same words over and over, and a look-up costs a fraction
    /// of analysing one again. One per tokenizer, so per connection, which
    /// SQLite uses from one thread at a time.
    private let cache = SearchWordCache()

    init() {}

    func tokenize(
        context: UnsafeMutableRawPointer?,
        tokenization: FTS5Tokenization,
        pText: UnsafePointer<CChar>?,
        nText: CInt,
        tokenCallback: FTS5TokenCallback)
    -> CInt
    {
        let ok = ResultCode.SQLITE_OK.rawValue
        guard let pText, nText > 0 else { return ok }
        let purpose: SearchTokenPurpose
        if tokenization.contains(.query) {
            purpose = tokenization.contains(.prefix) ? .prefixQuery : .query
        } else {
            purpose = .document
        }
        let text = UnsafeBufferPointer(
            start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self),
            count: Int(nText))
        if text.starts(with: SearchFacet.markerUTF8) {
            return Self.tokenizeFacets(text, context: context, tokenCallback: tokenCallback)
        }
        var code = ok
        let colocated = FTS5TokenFlags.colocated.rawValue
        _ = analyzer.tokenize(utf8: text, purpose: purpose, cache: cache) { term, range, isColocated in
            code = UnsafeRawBufferPointer(term).withMemoryRebound(to: CChar.self) { bytes in
                tokenCallback(
                    context, isColocated ? colocated : 0,
                    bytes.baseAddress, CInt(bytes.count),
                    CInt(range.lowerBound), CInt(range.upperBound))
            }
            return code == ok
        }
        return code
    }

    /// Emits each space-separated token after the marker, unchanged.
    private static func tokenizeFacets(
        _ text: UnsafeBufferPointer<UInt8>, context: UnsafeMutableRawPointer?, tokenCallback: FTS5TokenCallback
    ) -> CInt {
        let ok = ResultCode.SQLITE_OK.rawValue
        var start = SearchFacet.markerUTF8.count
        while start < text.count {
            var end = start
            while end < text.count, text[end] != 0x20 { end += 1 }
            if end > start {
                let code = UnsafeRawPointer(text.baseAddress! + start).withMemoryRebound(to: CChar.self, capacity: end - start) {
                    tokenCallback(context, 0, $0, CInt(end - start), CInt(start), CInt(end))
                }
                if code != ok { return code }
            }
            start = end + 1
        }
        return ok
    }
}

extension EntenteTokenizer {
    /// Registers the tokenizer with FTS5 on `db`, as GRDB's
    /// `Database.add(tokenizer:)` does, but with callbacks that know the
    /// tokenizer's type: GRDB's find it with a dynamic cast to a protocol
    /// (`swift_conformsToProtocol`) on every call, about 400 instructions
    /// for each of the two columns of each commitment written.
    static func register(on db: Database) {
        let api = FTS5.api(db)
        var methods = fts5_tokenizer(
            xCreate: { _, _, _, handle in
                // No arguments: `tokenize='entente'`.
                guard let handle else { return SQLITE_ERROR }
                handle.pointee = OpaquePointer(Unmanaged.passRetained(EntenteTokenizer()).toOpaque())
                return SQLITE_OK
            },
            xDelete: { tokenizer in
                guard let tokenizer else { return }
                Unmanaged<EntenteTokenizer>.fromOpaque(UnsafeRawPointer(tokenizer)).release()
            },
            xTokenize: { tokenizer, context, flags, text, count, callback in
                guard let tokenizer, let callback else { return SQLITE_ERROR }
                return Unmanaged<EntenteTokenizer>.fromOpaque(UnsafeRawPointer(tokenizer)).takeUnretainedValue()
                    .tokenize(context: context, tokenization: FTS5Tokenization(rawValue: flags), pText: text, nText: count,
                              tokenCallback: callback)
            })
        let code = withUnsafeMutablePointer(to: &methods) {
            api.pointee.xCreateTokenizer(UnsafeMutablePointer(mutating: api), name, nil, $0, nil)
        }
        // Only fails when out of memory, on a connection being opened.
        precondition(code == SQLITE_OK, "FTS5 refused the entente tokenizer (\(code))")
    }
}

