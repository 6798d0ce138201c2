import TextAnalysis

extension String {
    /// The string's Unicode scalars, decoded from its UTF-8 in one pass:
    /// the same scalars as `Array(unicodeScalars)`, which walks the view
    /// twice (once to count, once to copy) a scalar at a time, ~45
    /// instructions per scalar of every article.
    var scalarArray: [Unicode.Scalar] {
        var text = self
        // A native String's UTF-8 is valid, so the decoding need not check it.
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var i = 0
                var n = 0
                while i < bytes.count {
                    (buffer.baseAddress! + n).initialize(to: ValidUTF8.scalar(bytes, &i))
                    n += 1
                }
                count = n
            }
        }
    }
}
