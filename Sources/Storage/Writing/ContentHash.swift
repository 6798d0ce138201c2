import CSHA256

/// SHA-256 of an article's text, as 64 lower-case hex digits: the key that
/// makes ingesting the same text twice a no-op. Foundation on Linux has no
/// CryptoKit, so the digest comes from `CSHA256`, which uses the processor's
/// SHA instructions where there are some (swift-crypto would build all of
/// BoringSSL for this one function).
enum ContentHash {
    static func sha256(_ text: String) -> String {
        var text = text
        return text.withUTF8 { sha256(bytes: $0) }
    }

    /// SHA-256 of `bytes`, as 64 lower-case hex digits.
    static func sha256(bytes: UnsafeBufferPointer<UInt8>, hardware: Bool = hardwareAvailable) -> String {
        precondition(!hardware || hardwareAvailable, "no SHA instructions on this processor")
        var digest = [UInt8](repeating: 0, count: 32)
        entente_sha256(bytes.baseAddress, bytes.count, hardware ? 1 : 0, &digest)
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Whether this processor has SHA-256 instructions (tests compare both paths).
    static let hardwareAvailable = entente_sha256_hardware_available() != 0
}
