import Foundation

/// Where exported bytes go: a file descriptor, written in large buffered
/// chunks so that a million-row export makes few system calls and keeps
/// constant memory.
public final class ByteSink {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let capacity: Int

    /// Writes to `descriptor` (for example `STDOUT_FILENO`); the caller owns it.
    public init(descriptor: Int32, capacity: Int = 1 << 16) {
        self.descriptor = descriptor
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    /// Appends `string`'s UTF-8 bytes, writing out a full buffer.
    public func write(_ string: String) throws {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= capacity { try flush() }
    }

    func write(bytes: UnsafeRawBufferPointer) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    func write(byte: UInt8) throws {
        buffer.append(byte)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes out what is buffered.
    public func flush() throws {
        if let reason = Self.writeAll(buffer, to: descriptor) { throw StorageError.outputFailed(reason) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes every byte to `descriptor`, going on after interrupted and
    /// partial writes; the system's reason when it cannot, else nil.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }
}
