/// What near-copy detection needs of an article's text: its shingles and
/// their MinHash bands. Pure, so ingest computes it on the extraction
/// threads, beside the extraction, and the writer only looks it up.
public struct ReportFingerprint: Sendable {
    let shingles: Shingles
    let signature: [UInt32]
    let bands: [Int64]

    /// The fingerprint of an article's stored text (`Extraction.text`).
    public init(text: String) {
        shingles = Shingles(text)
        signature = shingles.signature
        bands = Shingles.bands(of: signature)
    }

    /// The signature as stored in `report.signature`: 4 bytes a hash, little-endian.
    var signatureBlob: [UInt8] {
        signature.flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
    }

    static func signature(blob: [UInt8]) -> [UInt32] {
        stride(from: 0, to: blob.count - 3, by: 4).map { start in
            (0..<4).reduce(UInt32(0)) { $0 | UInt32(blob[start + $1]) << (8 * $1) }
        }
    }
}
