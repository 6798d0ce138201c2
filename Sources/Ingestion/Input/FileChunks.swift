import Foundation

/// A file read in consecutive pieces that end at line breaks, into one
/// buffer with read(2), so that a large `.jsonl` file never sits in memory whole.
enum FileChunks {
    /// Calls `body` with consecutive pieces of the file, each ending at a
    /// line break (or the file's end), until it returns false. False when
    /// the file cannot be opened or read.
    static func forEach(_ path: String, size: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: max(size, 1))
        // Bytes of `buffer` read and not yet handed to `body`.
        var pending = 0
        while true {
            if pending == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let count = buffer.withUnsafeMutableBytes { raw in Foundation.read(descriptor, raw.baseAddress! + pending, raw.count - pending) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return false }
            if count == 0 { break }
            let end = pending + count
            let handedOn: Int? = buffer.withUnsafeBufferPointer { bytes in
                // From the piece just read: earlier bytes held no line break.
                guard let lastBreak = (pending..<end).last(where: { bytes[$0] == 0x0A }) else { return 0 }
                return body(UnsafeBufferPointer(rebasing: bytes[...lastBreak])) ? lastBreak + 1 : nil
            }
            guard let handedOn else { return true }
            if handedOn > 0 {
                buffer.withUnsafeMutableBufferPointer { bytes in
                    _ = memmove(bytes.baseAddress!, bytes.baseAddress! + handedOn, end - handedOn)
                }
            }
            pending = end - handedOn
        }
        if pending > 0 { _ = buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<pending])) } }
        return true
    }

    /// Line breaks as the reader counts them after normalising line ends:
    /// `\n`, `\r\n` and a lone `\r` are one each.
    static func lineBreaks(in chunk: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for byte in chunk {
            if byte == 0x0A, previous != 0x0D { count += 1 }
            if byte == 0x0D { count += 1 }
            previous = byte
        }
        return count
    }
}
