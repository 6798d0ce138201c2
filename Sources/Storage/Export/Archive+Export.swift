extension Archive {
    /// Writes every commitment matching `filter` (no limit unless the filter
    /// sets one) as CSV, streamed row by row from a cursor.
    ///
    /// - Returns: the number of rows written, not counting the header.
    @discardableResult
    public func exportCSV(
        _ filter: CommitmentFilter, to sink: ByteSink, byteOrderMark: Bool = false, formulaGuard: Bool = true
    ) throws -> Int {
        let csv = CSVWriter(sink: sink, formulaGuard: formulaGuard)
        if byteOrderMark { try csv.writeByteOrderMark() }
        try csv.write(row: CommitmentRow.csvColumns)
        var count = 0
        try forEachCommitment(filter) { row in
            try csv.write(row: row.csvFields)
            count += 1
        }
        try sink.flush()
        return count
    }
}
