#ifndef ENTENTE_SQLITE_SETUP_H
#define ENTENTE_SQLITE_SETUP_H

/// Process-wide SQLite settings that only `sqlite3_config` can make.
///
/// `sqlite3_config` is variadic, so Swift cannot call it, and it only works
/// before SQLite initialises itself, which the first connection does. This
/// target therefore applies its settings from a constructor that runs when
/// the program is loaded, before `main` and before any thread or connection
/// exists (so whatever opens the first connection, it opens it with them).
///
/// The settings:
///
/// - `SQLITE_CONFIG_MEMSTATUS` off. SQLite otherwise counts every
///   allocation and free for `sqlite3_memory_used()` and the soft heap
///   limit, under a process-wide mutex (two mutex calls and two counter
///   updates around each of the hundreds of mallocs and frees of storing
///   an article). Entente reads neither.
/// - `SQLITE_CONFIG_URI` on, whatever the SQLite build's default: an
///   archive on a read-only folder or medium is opened as
///   `file:PATH?immutable=1` (see `Archive.readingPath`).

/// The result code of the constructor's `sqlite3_config` calls:
/// `SQLITE_OK` (0) when the setting took effect, `SQLITE_MISUSE` (21) if
/// SQLite was somehow initialised first. For tests and diagnostics.
int entente_sqlite_setup_result(void);

#endif
