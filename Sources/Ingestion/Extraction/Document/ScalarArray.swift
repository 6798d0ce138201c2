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
                    let b0 = UInt32(bytes[i])
                    let value: UInt32
                    if b0 < 0x80 {
                        value = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    (buffer.baseAddress! + n).initialize(to: Unicode.Scalar(value)!)
                    n += 1
                }
                count = n
            }
        }
    }
}
