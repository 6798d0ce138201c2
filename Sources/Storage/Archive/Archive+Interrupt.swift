extension Archive {
    /// Makes the statement SQLite is running on this archive stop at its
    /// earliest opportunity, from any thread; the call reading it throws
    /// (`StorageError.failed`). A long-lived reader (the web server) uses
    /// it to bound a query's time. Has no effect when nothing is running.
    public func interrupt() {
        writer.interrupt()
    }
}
