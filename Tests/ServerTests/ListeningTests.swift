import EntenteServer
import Foundation
import XCTest

final class ListeningTests: XCTestCase {
    /// A port another socket listens on, on loopback.
    func takenPort() throws -> (socket: Int32, port: Int) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        XCTAssertEqual(bound, 0)
        XCTAssertEqual(listen(descriptor, 1), 0)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }

    func testATakenPortIsOneLineThatSaysWhatToDo() async throws {
        let (descriptor, port) = try takenPort()
        defer { close(descriptor) }
        var settings = try ServerFixture.settings()
        settings.port = port
        do {
            try await ArchiveServer.run(settings: settings)
            XCTFail("the server ran on a taken port")
        } catch let error as ServerError {
            XCTAssertEqual(error.localizedDescription,
                           "cannot listen on 127.0.0.1:\(port): Address already in use; choose another --port or --host")
        }
    }
}

extension ListeningTests {
    func testAHostThatIsNotAnAddressIsOneLineThatSaysWhatToDo() async throws {
        var settings = try ServerFixture.settings()
        for host in ["999.1.1.1", "no such host"] {
            settings.host = host
            settings.port = 0
            do {
                try await ArchiveServer.run(settings: settings)
                XCTFail("the server ran on --host \(host)")
            } catch let error as ServerError {
                guard case .unknownHost(host, _) = error else { return XCTFail("\(host): \(error)") }
                let line = error.localizedDescription
                XCTAssertTrue(line.hasPrefix("cannot listen on \(host): not an address or a host name this machine knows ("), line)
                XCTAssertTrue(line.hasSuffix("); give --host an address such as 127.0.0.1"), line)
            }
        }
    }
}
