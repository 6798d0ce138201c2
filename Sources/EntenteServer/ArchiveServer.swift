import Foundation
import Hummingbird
import HummingbirdCore
import NIOCore

/// `entente serve`: a read-only web site over one archive.
public enum ArchiveServer {
    /// The application, ready to run or to test; opening the archive
    /// fails as `entente search` would (no archive, not an archive…).
    public static func makeApplication(settings: ServerSettings) throws -> some ApplicationProtocol {
        let site = try ArchiveSite(settings: settings)
        let router = Router()
        router.add(middleware: ErrorMiddleware(templates: site.templates))
        site.addRoutes(to: router)
        let idle = settings.idleTimeout.components
        return Application(
            router: router,
            server: .http1(configuration: .init(idleTimeout: .seconds(idle.seconds))),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "entente"),
            onServerRunning: { channel in
                let address = channel.localAddress.map { "\($0.ipAddress ?? settings.host):\($0.port ?? settings.port)" }
                let line = "entente serve: http://\(address ?? "\(settings.host):\(settings.port)")/ (Ctrl-C stops it)\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            })
    }

    /// Serves until interrupted (SIGINT or SIGTERM).
    public static func run(settings: ServerSettings) async throws {
        // A download whose client left gets EPIPE from its pipe instead of
        // ending the process.
        signal(SIGPIPE, SIG_IGN)
        let application = try makeApplication(settings: settings)
        do {
            try await application.runService()
        } catch let error as IOError {
            throw ServerError.cannotListen(address: "\(settings.host):\(settings.port)", reason: String(cString: strerror(error.errnoCode)))
        } catch let error as SocketAddressError.UnknownHost {
            throw ServerError.unknownHost(host: settings.host, reason: error.errorDescription)
        } catch SocketAddressError.unsupported {
            throw ServerError.unknownHost(host: settings.host, reason: "no IPv4 or IPv6 address")
        }
    }
}
