import Foundation
import Hummingbird

/// A response body fed by a blocking writer: `produce` writes into a pipe
/// on a thread of its own while the body reads the pipe and sends each
/// chunk once the previous one is sent. The pipe's buffer is the only
/// buffer, so a slow client slows the writer and memory stays flat; a
/// client that goes away closes the pipe, and the writer's next write fails.
enum PipeStream {
    /// Bytes read from the pipe at a time.
    static let chunkSize = 1 << 16

    /// - Parameter produce: writes everything to the descriptor it is given
    ///   (which it must not close) and returns; the body ends when it does.
    static func body(_ produce: @escaping @Sendable (Int32) -> Void) throws -> ResponseBody {
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else {
            throw ServerError.archive("cannot stream the download: \(String(cString: strerror(errno)))")
        }
        let (reading, writing) = (descriptors[0], descriptors[1])
        // A thread outside Swift's cooperative pool: the writer blocks.
        DispatchQueue.global().async {
            produce(writing)
            close(writing)
        }
        return ResponseBody { writer in
            defer { close(reading) }
            while let chunk = await read(reading), !chunk.isEmpty {
                try await writer.write(ByteBuffer(bytes: chunk))
            }
            try await writer.finish(nil)
        }
    }

    /// The next chunk, read on a global queue (the read blocks); empty at
    /// the end, nil on a failure.
    private static func read(_ descriptor: Int32) async -> [UInt8]? {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var buffer = [UInt8](repeating: 0, count: chunkSize)
                while true {
                    let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, chunkSize) }
                    if count < 0, errno == EINTR { continue }
                    continuation.resume(returning: count < 0 ? nil : Array(buffer[..<count]))
                    return
                }
            }
        }
    }
}
