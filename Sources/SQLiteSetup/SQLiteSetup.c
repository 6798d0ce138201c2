#include "SQLiteSetup.h"

#include <sqlite3.h>

static int setup_result = -1;

/// Runs at load time (see SQLiteSetup.h): before main, on the only thread,
/// so before SQLite can have been initialised by any connection.
__attribute__((constructor))
static void entente_sqlite_setup(void) {
    int result = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    if (result == SQLITE_OK) result = sqlite3_config(SQLITE_CONFIG_URI, 1);
    setup_result = result;
}

int entente_sqlite_setup_result(void) {
    return setup_result;
}
