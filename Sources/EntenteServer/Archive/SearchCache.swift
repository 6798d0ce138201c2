import Foundation
import Storage

/// The total and facet counts of recent searches, which every page of a
/// search shares and which cost more than its rows (an empty search counts
/// every commitment of the archive six ways). Entries are dropped as soon
/// as any connection sees, through `PRAGMA data_version`, that another
/// process wrote the archive.
final class SearchCache: @unchecked Sendable {
    struct Counts: Sendable {
        var total: Int
        var facets: FacetCounts
    }

    private let lock = NSLock()
    private var entries: [CommitmentFilter: Counts] = [:]
    /// Each connection's data version when it last looked.
    private var versions: [ObjectIdentifier: Int] = [:]
    let capacity: Int

    /// Records each connection's version now, before any entry is made.
    init(connections: [Archive], capacity: Int = 512) throws {
        self.capacity = capacity
        for archive in connections { versions[ObjectIdentifier(archive)] = try archive.dataVersion() }
    }

    /// The counts of `filter` (its page aside), from the cache or from
    /// `archive`, which the caller holds.
    func counts(_ filter: CommitmentFilter, on archive: Archive) throws -> Counts {
        var key = filter
        (key.limit, key.offset) = (nil, 0)
        let version = try archive.dataVersion()
        let cached: Counts? = lock.withLock {
            if versions[ObjectIdentifier(archive)] != version {
                versions[ObjectIdentifier(archive)] = version
                entries.removeAll()
            }
            return entries[key]
        }
        if let cached { return cached }
        let counts = Counts(total: try archive.count(key), facets: try archive.facetCounts(key))
        lock.withLock {
            if entries.count >= capacity { entries.removeAll() }
            entries[key] = counts
        }
        return counts
    }
}
