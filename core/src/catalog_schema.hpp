// The catalog's schema and its forward migrations. Internal to core.
#pragma once

#include <sqlite3.h>

#include "cradle/result.hpp"

namespace cradle {

// Brings the open database up to `target` (PRAGMA user_version), one step at a
// time, all in one transaction. A database newer than `target` is an Error
// and is left untouched.
Result<void> migrate(sqlite3* db, int target);

}  // namespace cradle
