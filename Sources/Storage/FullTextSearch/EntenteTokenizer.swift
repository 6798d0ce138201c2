import GRDB
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
/// FTS5 creates one per connection (`Database.add(tokenizer:)`).
final class EntenteTokenizer: FTS5CustomTokenizer {
    static let name = "entente"

    private let analyzer = SearchAnalyzer()
    /// Words this tokenizer has analysed in documents: writing an archive
    /// meets the same words over and over, and a look-up costs a fraction
    /// of analysing one again. One per tokenizer, so per connection, which
    /// SQLite uses from one thread at a time.
    private let cache = SearchWordCache()

    /// `tokenize='entente'` takes no arguments.
    init(db: Database, arguments: [String]) throws {}

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
