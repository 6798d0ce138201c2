/// Decoding UTF-8 already known to be valid (a native `String`'s), a scalar
/// at a time, without the standard library's checks: the hot loops of
/// language detection, the extractor's scalar arrays and Arabic word
/// readings all walk text this way.
public enum ValidUTF8 {
    /// The scalar whose UTF-8 starts at `bytes[i]`, moving `i` past it.
    /// `bytes` must be valid UTF-8 and `i` the start of a scalar.
    @inlinable @inline(__always)
    public static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Unicode.Scalar {
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
        return Unicode.Scalar(value)!
    }
}
