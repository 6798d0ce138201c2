extension CommitmentRow {
    /// The export's header: ``Column/exported``'s names. Lists (issuers,
    /// committed_by, topics) are joined with `;`; dates are ISO 8601 as
    /// precise as known.
    public static let csvColumns = Column.exported.map(\.rawValue)

    /// This row's cells, in `csvColumns` order.
    public var csvFields: [String] { Column.exported.map(field) }
}
