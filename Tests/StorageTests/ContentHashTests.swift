import XCTest
@testable import Storage

final class ContentHashTests: XCTestCase {
    func testMatchesPublishedSHA256Vectors() {
        let vectors = [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
             "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ]
        for (input, digest) in vectors {
            XCTAssertEqual(ContentHash.sha256(input), digest, "sha256(\(input))")
        }
    }

    func testLongInputsSpanningManyBlocks() {
        XCTAssertEqual(ContentHash.sha256(String(repeating: "a", count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // Python: hashlib.sha256(("التعاون بين البلدين " * 300).encode()).hexdigest()
        XCTAssertEqual(ContentHash.sha256(String(repeating: "التعاون بين البلدين ", count: 300)),
                       "99452ba8c24650d970141600b16b5f04ab2a7fa6db8c8071f6ffc18f646b813b")
    }

    /// Lengths on each side of the block boundaries, where the padding
    /// takes one block or two (Python's hashlib on "abc…zabc…" cut to n).
    func testLengthsAroundBlockBoundaries() {
        let alphabet = String((0..<200).map { Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8($0 % 26))) })
        let vectors: [(Int, String)] = [
            (1, "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"),
            (55, "595615dbe4f0f407ae397d08b4c2cb870cb9b0e11937416f950c5160acf9c005"),
            (56, "784f623b787495078e93ff28a25b581df0584055a7e71d8cd90c454716b92f51"),
            (57, "808f0738aa4401bdee842e5a15a7baad5809f976d8eb6f9bd2683cebd2e8d671"),
            (63, "5ca3e1ef5207490eac01a795e5cc94d59582a5118bf9534665c8668d87aa647c"),
            (64, "2fcd5a0d60e4c941381fcc4e00a4bf8be422c3ddfafb93c809e8d1e2bfffae8e"),
            (65, "1b3cd1877ab2f2f19f7be001722554f336cb799df0329de0bb4c118dc6abc06d"),
            (111, "11166d480c33d5cf2023d33251a2e024a4e9436cb3f061d99a1908fd1111c829"),
            (112, "43b9d01284b7170bc99bce5d032307646c76361e98da0f82360cc81884893852"),
            (119, "faef67da856d6fd9c8d12f9ed0a4fefd3cf0ce085ab43e2907418d457e3c354b"),
            (120, "c9512b08619c19fbb503c7da6b46ef20301e5f7a7a5f43989182398536f5c5c8"),
            (127, "1b9907986f18ddc2b37e18be502d82d69d6e18bb9dff9e16f2aceea7d88cb933"),
            (128, "6c05be2c4268843ae47e68e611277ce62c02153f2f4d2e1e2a1a4b44f766cf74"),
            (129, "cd6bba8374324cbcc0c296b94f35299c0b9820393116358ac3afaf091a4955a5"),
            (191, "4cdc042c98c6039f9cfdd0a825a147058188ca335a49c7a419471d9cbb9a2432"),
            (192, "eee1a2a1711428afc76321fec31493800051942c325e7179f91135dbe9ca9805"),
        ]
        for (length, digest) in vectors {
            XCTAssertEqual(ContentHash.sha256(String(alphabet.prefix(length))), digest, "\(length) bytes")
        }
        // Python: hashlib.sha256(("وَقَّعَ é" * 40).encode()).hexdigest(), 680 bytes
        XCTAssertEqual(ContentHash.sha256(String(repeating: "وَقَّعَ é", count: 40)),
                       "da872d4cc77427abb276a45dbac2de404bf1f4faf2f43595dc5485dff7e32b06")
    }

    func testHashesUTF8OfArabicText() {
        XCTAssertEqual(ContentHash.sha256("سلام").count, 64)
        XCTAssertNotEqual(ContentHash.sha256("سلام"), ContentHash.sha256("سلام "))
    }

    /// The portable rounds, used where the processor has no SHA
    /// instructions, still meet the published vectors.
    func testSoftwarePathMatchesPublishedVectors() {
        let vectors = [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
             "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
            (String(repeating: "a", count: 1_000_000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
        ]
        for (input, digest) in vectors {
            var input = input
            XCTAssertEqual(input.withUTF8 { ContentHash.sha256(bytes: $0, hardware: false) }, digest)
        }
    }

    /// With and without the SHA instructions, the same digest for every
    /// length from 0 to 600 bytes (one to ten blocks, every padding case)
    /// of bytes that vary, and for a 1 MB text.
    func testHardwareAndSoftwareAgree() throws {
        try XCTSkipUnless(ContentHash.hardwareAvailable, "no SHA instructions on this processor")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let bytes: [UInt8] = (0..<600).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        bytes.withUnsafeBufferPointer { all in
            for length in 0...600 {
                let part = UnsafeBufferPointer(rebasing: all[0..<length])
                XCTAssertEqual(ContentHash.sha256(bytes: part, hardware: true),
                               ContentHash.sha256(bytes: part, hardware: false), "\(length) bytes")
            }
        }
        var long = String(repeating: "وَقَّعَ é 2026 ", count: 60_000)
        long.withUTF8 { XCTAssertEqual(ContentHash.sha256(bytes: $0, hardware: true), ContentHash.sha256(bytes: $0, hardware: false)) }
    }
}
