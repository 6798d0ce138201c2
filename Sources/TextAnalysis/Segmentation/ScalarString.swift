extension String {
    /// The string of `scalars`, encoded to UTF-8 in one pass.
    ///
    /// `String.UnicodeScalarView.append` grows and re-checks the string one
    /// scalar at a time, and its `append(contentsOf:)` is not specialised
    /// across modules; extraction builds every token and word reading here.
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        var count = 0
        for scalar in scalars {
            let v = scalar.value
            count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x1_0000 ? 3 : 4
        }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for scalar in scalars { i = String.writeUTF8(scalar, into: buffer, at: i) }
            return i
        }
    }

    /// Writes `scalar`'s UTF-8 into `buffer` from `i` on, and returns where
    /// it ends: `UTF8.encode`'s bytes, without its closure call per scalar.
    @inlinable @inline(__always)
    public static func writeUTF8(_ scalar: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at i: Int) -> Int {
        let v = scalar.value
        if v < 0x80 {
            buffer[i] = UInt8(v)
            return i + 1
        } else if v < 0x800 {
            buffer[i] = UInt8(0xC0 | v >> 6)
            buffer[i + 1] = UInt8(0x80 | v & 0x3F)
            return i + 2
        } else if v < 0x1_0000 {
            buffer[i] = UInt8(0xE0 | v >> 12)
            buffer[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
            buffer[i + 2] = UInt8(0x80 | v & 0x3F)
            return i + 3
        } else {
            buffer[i] = UInt8(0xF0 | v >> 18)
            buffer[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
            buffer[i + 2] = UInt8(0x80 | v >> 6 & 0x3F)
            buffer[i + 3] = UInt8(0x80 | v & 0x3F)
            return i + 4
        }
    }
}
