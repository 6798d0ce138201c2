import CSHA256

/// SHA-256 of an article's text, as 64 lower-case hex digits: the key that
/// makes ingesting the same text twice a no-op. Written here because
/// Foundation on Linux has no CryptoKit, and one function does not earn a
/// dependency; where the processor has SHA instructions, the blocks go
/// through them (`CSHA256`), which Swift cannot reach.
enum ContentHash {
    static func sha256(_ text: String) -> String {
        var text = text
        return text.withUTF8 { sha256(bytes: $0) }
    }

    /// SHA-256 of `bytes`, as 64 lower-case hex digits.
    ///
    /// Blocks are read in place and the schedule lives in one temporary
    /// buffer: the first version copied the text into an array, padded it
    /// byte by byte and indexed arrays with bounds checks, about 75
    /// instructions a byte (8% of `Archive.ingest`).
    static func sha256(bytes: UnsafeBufferPointer<UInt8>) -> String {
        sha256(bytes: bytes, hardware: hardwareAvailable)
    }

    /// Whether this processor has SHA-256 instructions (`CSHA256`): with
    /// them a 4.5 KB article hashes in about a tenth of the instructions.
    static let hardwareAvailable = entente_sha256_hardware_available() != 0

    /// ``sha256(bytes:)`` with or without the SHA instructions (tests compare the two).
    static func sha256(bytes: UnsafeBufferPointer<UInt8>, hardware: Bool) -> String {
        precondition(!hardware || hardwareAvailable, "no SHA instructions on this processor")
        var h = State()
        let full = bytes.count / 64
        if let base = bytes.baseAddress, full > 0 {
            compress(&h, UnsafeRawPointer(base), blocks: full, hardware: hardware)
        }
        // The rest, the 0x80 byte, zeros, and the length in bits:
        // one block, or two when the rest leaves no room for them.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
            let rest = bytes.count - full * 64
            tail.initialize(repeating: 0)
            for i in 0..<rest { tail[i] = bytes[full * 64 + i] }
            tail[rest] = 0x80
            let blocks = rest < 56 ? 1 : 2
            let bitLength = UInt64(bytes.count) &* 8
            for i in 0..<8 { tail[blocks * 64 - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> UInt64(i * 8)) }
            compress(&h, UnsafeRawPointer(tail.baseAddress!), blocks: blocks, hardware: hardware)
        }
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for word in [h.a, h.b, h.c, h.d, h.e, h.f, h.g, h.h] {
            for shift in stride(from: 28, through: 0, by: -4) { hex.append(digits[Int((word >> UInt32(shift)) & 0xF)]) }
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Mixes `blocks` 64-byte blocks at `data` into `state`.
    private static func compress(_ state: inout State, _ data: UnsafeRawPointer, blocks: Int, hardware: Bool) {
        if hardware {
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 8) { words in
                for (i, word) in [state.a, state.b, state.c, state.d, state.e, state.f, state.g, state.h].enumerated() {
                    words[i] = word
                }
                entente_sha256_hardware_blocks(words.baseAddress!, data.assumingMemoryBound(to: UInt8.self), blocks)
                state = State(
                    a: words[0], b: words[1], c: words[2], d: words[3], e: words[4], f: words[5], g: words[6], h: words[7])
            }
            return
        }
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            // The round constants: `CSHA256`'s table, one for both implementations.
            let k = entente_sha256_round_constants()!
            for block in 0..<blocks { compress(&state, data + block * 64, w.baseAddress!, k) }
        }
    }

    /// The eight working words between blocks.
    private struct State {
        var a: UInt32 = 0x6a09_e667, b: UInt32 = 0xbb67_ae85, c: UInt32 = 0x3c6e_f372, d: UInt32 = 0xa54f_f53a
        var e: UInt32 = 0x510e_527f, f: UInt32 = 0x9b05_688c, g: UInt32 = 0x1f83_d9ab, h: UInt32 = 0x5be0_cd19
        init() {}
        init(a: UInt32, b: UInt32, c: UInt32, d: UInt32, e: UInt32, f: UInt32, g: UInt32, h: UInt32) {
            (self.a, self.b, self.c, self.d, self.e, self.f, self.g, self.h) = (a, b, c, d, e, f, g, h)
        }
    }

    /// Mixes one 64-byte block at `block` into `state`; `w` holds 64 words.
    @inline(__always)
    private static func compress(
        _ state: inout State, _ block: UnsafeRawPointer, _ w: UnsafeMutablePointer<UInt32>, _ k: UnsafePointer<UInt32>
    ) {
        for i in 0..<16 { w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
        for i in 16..<64 {
            let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = (state.a, state.b, state.c, state.d, state.e, state.f, state.g, state.h)
        // Eight rounds a turn with the roles of the words renamed, instead
        // of shifting eight variables every round.
        var i = 0
        while i < 64 {
            round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
            round(h, a, b, &c, d, e, f, &g, k[i + 1] &+ w[i + 1])
            round(g, h, a, &b, c, d, e, &f, k[i + 2] &+ w[i + 2])
            round(f, g, h, &a, b, c, d, &e, k[i + 3] &+ w[i + 3])
            round(e, f, g, &h, a, b, c, &d, k[i + 4] &+ w[i + 4])
            round(d, e, f, &g, h, a, b, &c, k[i + 5] &+ w[i + 5])
            round(c, d, e, &f, g, h, a, &b, k[i + 6] &+ w[i + 6])
            round(b, c, d, &e, f, g, h, &a, k[i + 7] &+ w[i + 7])
            i += 8
        }
        state.a &+= a; state.b &+= b; state.c &+= c; state.d &+= d
        state.e &+= e; state.f &+= f; state.g &+= g; state.h &+= h
    }

    /// One round: `h` becomes the new first word, `d` the new fifth.
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
    ) {
        let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ (g ^ (e & (f ^ g))) &+ kw
        let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (c & (a ^ b)))
        d &+= t1
        h = t1 &+ t2
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 - n)) }
}
