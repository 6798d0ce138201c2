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

    func testHashesUTF8OfArabicText() {
        XCTAssertEqual(ContentHash.sha256("سلام").count, 64)
        XCTAssertNotEqual(ContentHash.sha256("سلام"), ContentHash.sha256("سلام "))
    }
}
