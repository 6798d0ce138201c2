import Foundation
import Hummingbird

/// Why a request failed, as one line a person can act on, with the HTTP
/// status it is answered with.
public enum ServerError: Error, LocalizedError, Equatable, Sendable {
    /// A query parameter with a value the server cannot read.
    case badParameter(name: String, value: String, expected: String)
    case queryTooLong(limit: Int)
    case badQuery(String)
    case noSuchStatement(Int64)
    case noSuchParty(String)
    case notFound(String)
    /// The query ran longer than the server allows.
    case timedOut(seconds: Int)
    /// Every download slot is in use.
    case busy
    /// The archive could not be read.
    case archive(String)
    /// The address could not be bound (taken, or not this machine's).
    case cannotListen(address: String, reason: String)
    /// `--host` is neither an address nor a name this machine resolves.
    case unknownHost(host: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .badParameter(name, value, expected):
            return "\(name)=\(value) is not valid: expected \(expected)"
        case let .queryTooLong(limit):
            return "the query is longer than \(limit) characters; shorten it"
        case let .badQuery(reason):
            return reason
        case let .noSuchStatement(id):
            return "there is no statement \(id) in this archive"
        case let .noSuchParty(code):
            return "no statement in this archive names the party \(code)"
        case let .notFound(path):
            return "nothing here at \(path); start from the search page at /"
        case let .timedOut(seconds):
            return "the query took longer than \(seconds) s and was stopped; add words or filters to narrow it"
        case .busy:
            return "too many downloads are running; try again in a moment"
        case let .archive(reason):
            return reason
        case let .cannotListen(address, reason):
            return "cannot listen on \(address): \(reason); choose another --port or --host"
        case let .unknownHost(host, reason):
            return "cannot listen on \(host): not an address or a host name this machine knows (\(reason)); give --host an address such as 127.0.0.1"
        }
    }

    var status: HTTPResponse.Status {
        switch self {
        case .badParameter, .queryTooLong, .badQuery: .badRequest
        case .noSuchStatement, .noSuchParty, .notFound: .notFound
        case .timedOut, .busy: .serviceUnavailable
        case .archive, .cannotListen, .unknownHost: .internalServerError
        }
    }
}
