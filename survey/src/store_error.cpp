// StoreError::diskFull: which SQLite failures mean "the disk is full or failing to write".
#include <sqlite3.h>

#include "survey/errors.hpp"

namespace survey {

bool StoreError::diskFull() const noexcept {
    switch (code_) {
        case SQLITE_FULL:
        case SQLITE_IOERR_WRITE:
        case SQLITE_IOERR_FSYNC:
        case SQLITE_IOERR_DIR_FSYNC:
        case SQLITE_IOERR_TRUNCATE:
            return true;
        default:
            return (code_ & 0xff) == SQLITE_FULL;
    }
}

bool StoreError::ioFailure() const noexcept {
    return diskFull() || (code_ & 0xff) == SQLITE_IOERR || (code_ & 0xff) == SQLITE_CANTOPEN;
}

}  // namespace survey
