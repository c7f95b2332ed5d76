#include "power_loss_vfs.hpp"

#include <sqlite3.h>

#include <cstring>
#include <mutex>
#include <new>
#include <set>
#include <string>

namespace power_loss {
namespace {

sqlite3_vfs* real_vfs = nullptr;
sqlite3_vfs vfs{};
std::mutex guard;
std::int64_t countdown = -1;  // operations left before the power cut; -1: no cut planned
bool cut = false;
std::int64_t sync_count = 0;

// One open file: `image` is the file as the program sees it; the real file underneath holds only
// what was there at the last xSync.
struct File {
    sqlite3_file base;      // must come first: SQLite sees this
    sqlite3_file* real;     // the unix VFS's file, allocated right after this struct
    std::string* image;     // current content, unsynced writes included
    bool dead;              // opened before the power cut: every I/O fails
};

std::set<File*> open_files;

File* self(sqlite3_file* file) { return reinterpret_cast<File*>(file); }

void powerCutLocked() {
    cut = true;
    countdown = -1;
    for (File* file : open_files) {
        file->dead = true;  // what was not synced is gone with the image, which is never written
    }
}

// Counts a write, truncate or sync; false when the power goes instead.
bool survives() {
    std::lock_guard lock(guard);
    if (countdown == 0) {
        powerCutLocked();
        return false;
    }
    if (countdown > 0) {
        --countdown;
    }
    return true;
}

int xClose(sqlite3_file* file) {
    File* f = self(file);
    {
        std::lock_guard lock(guard);
        open_files.erase(f);
    }
    delete f->image;
    f->image = nullptr;
    return f->real->pMethods != nullptr ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
}

int xRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    File* f = self(file);
    if (f->dead) return SQLITE_IOERR_READ;
    const auto size = static_cast<sqlite3_int64>(f->image->size());
    const auto wanted = static_cast<std::size_t>(amount);
    if (offset >= size) {
        std::memset(buffer, 0, wanted);
        return SQLITE_IOERR_SHORT_READ;
    }
    const auto available = static_cast<std::size_t>(size - offset);
    const std::size_t got = available < wanted ? available : wanted;
    std::memcpy(buffer, f->image->data() + offset, got);
    if (got < wanted) {
        std::memset(static_cast<char*>(buffer) + got, 0, wanted - got);
        return SQLITE_IOERR_SHORT_READ;
    }
    return SQLITE_OK;
}

int xWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    File* f = self(file);
    if (f->dead || !survives()) return SQLITE_IOERR_WRITE;
    const auto end = static_cast<std::size_t>(offset) + static_cast<std::size_t>(amount);
    if (f->image->size() < end) f->image->resize(end, '\0');
    std::memcpy(f->image->data() + offset, buffer, static_cast<std::size_t>(amount));
    return SQLITE_OK;
}

int xTruncate(sqlite3_file* file, sqlite3_int64 size) {
    File* f = self(file);
    if (f->dead || !survives()) return SQLITE_IOERR_TRUNCATE;
    f->image->resize(static_cast<std::size_t>(size));
    return SQLITE_OK;
}

// The only moment bytes reach the real file: what the program sees becomes what the disk holds.
int xSync(sqlite3_file* file, int flags) {
    File* f = self(file);
    if (f->dead || !survives()) return SQLITE_IOERR_FSYNC;
    {
        std::lock_guard lock(guard);
        ++sync_count;
    }
    const auto size = static_cast<sqlite3_int64>(f->image->size());
    int rc = f->real->pMethods->xTruncate(f->real, size);
    // In pieces: the unix VFS writes at most 128 KiB per call.
    constexpr sqlite3_int64 kPiece = 64 * 1024;
    for (sqlite3_int64 at = 0; rc == SQLITE_OK && at < size; at += kPiece) {
        const auto piece = static_cast<int>(size - at < kPiece ? size - at : kPiece);
        rc = f->real->pMethods->xWrite(f->real, f->image->data() + at, piece, at);
    }
    (void)flags;  // no real fsync: the power cut is simulated, the disk never loses anything
    return rc;
}

int xFileSize(sqlite3_file* file, sqlite3_int64* size) {
    File* f = self(file);
    if (f->dead) return SQLITE_IOERR_FSTAT;
    *size = static_cast<sqlite3_int64>(f->image->size());
    return SQLITE_OK;
}

int xLock(sqlite3_file* file, int level) { return self(file)->real->pMethods->xLock(self(file)->real, level); }
int xUnlock(sqlite3_file* file, int level) { return self(file)->real->pMethods->xUnlock(self(file)->real, level); }
int xCheckReservedLock(sqlite3_file* file, int* out) {
    return self(file)->real->pMethods->xCheckReservedLock(self(file)->real, out);
}
int xFileControl(sqlite3_file* file, int op, void* arg) {
    // Size hints would grow the real file behind the image's back; the rest is the real file's.
    if (op == SQLITE_FCNTL_SIZE_HINT || op == SQLITE_FCNTL_CHUNK_SIZE) return SQLITE_OK;
    return self(file)->real->pMethods->xFileControl(self(file)->real, op, arg);
}
int xSectorSize(sqlite3_file* file) { return self(file)->real->pMethods->xSectorSize(self(file)->real); }
int xDeviceCharacteristics(sqlite3_file* file) {
    return self(file)->real->pMethods->xDeviceCharacteristics(self(file)->real);
}
// The -wal index (-shm) is shared memory SQLite rebuilds after a crash: the real one serves.
int xShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out) {
    File* f = self(file);
    if (f->dead) return SQLITE_IOERR_SHMMAP;
    return f->real->pMethods->xShmMap(f->real, region, size, extend, out);
}
int xShmLock(sqlite3_file* file, int offset, int n, int flags) {
    return self(file)->real->pMethods->xShmLock(self(file)->real, offset, n, flags);
}
void xShmBarrier(sqlite3_file* file) { self(file)->real->pMethods->xShmBarrier(self(file)->real); }
int xShmUnmap(sqlite3_file* file, int remove) { return self(file)->real->pMethods->xShmUnmap(self(file)->real, remove); }

// Version 2: no xFetch, so SQLite never memory-maps the real file past the image.
const sqlite3_io_methods kMethods = {2,       xClose,      xRead,      xWrite,    xTruncate,
                                     xSync,   xFileSize,   xLock,      xUnlock,   xCheckReservedLock,
                                     xFileControl, xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock,
                                     xShmBarrier, xShmUnmap,  nullptr,    nullptr};

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* out_flags) {
    File* f = self(file);
    f->base.pMethods = nullptr;
    f->real = reinterpret_cast<sqlite3_file*>(f + 1);
    f->image = nullptr;
    f->dead = false;
    const int rc = real_vfs->xOpen(real_vfs, name, f->real, flags, out_flags);
    if (rc != SQLITE_OK) return rc;
    sqlite3_int64 size = 0;
    f->real->pMethods->xFileSize(f->real, &size);
    f->image = new std::string(static_cast<std::size_t>(size), '\0');
    if (size > 0 && f->real->pMethods->xRead(f->real, f->image->data(), static_cast<int>(size), 0) != SQLITE_OK) {
        f->image->clear();
    }
    f->base.pMethods = &kMethods;
    std::lock_guard lock(guard);
    open_files.insert(f);
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs*, const char* name, int sync_dir) { return real_vfs->xDelete(real_vfs, name, sync_dir); }
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out) { return real_vfs->xAccess(real_vfs, name, flags, out); }
int xFullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return real_vfs->xFullPathname(real_vfs, name, size, out);
}
void* xDlOpen(sqlite3_vfs*, const char* name) { return real_vfs->xDlOpen(real_vfs, name); }
void xDlError(sqlite3_vfs*, int size, char* out) { real_vfs->xDlError(real_vfs, size, out); }
void (*xDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void) { return real_vfs->xDlSym(real_vfs, handle, symbol); }
void xDlClose(sqlite3_vfs*, void* handle) { real_vfs->xDlClose(real_vfs, handle); }
int xRandomness(sqlite3_vfs*, int size, char* out) { return real_vfs->xRandomness(real_vfs, size, out); }
int xSleep(sqlite3_vfs*, int micros) { return real_vfs->xSleep(real_vfs, micros); }
int xCurrentTime(sqlite3_vfs*, double* out) { return real_vfs->xCurrentTime(real_vfs, out); }
int xGetLastError(sqlite3_vfs*, int size, char* out) { return real_vfs->xGetLastError(real_vfs, size, out); }
int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) { return real_vfs->xCurrentTimeInt64(real_vfs, out); }

}  // namespace

void install() {
    if (real_vfs != nullptr) return;
    real_vfs = sqlite3_vfs_find(nullptr);
    vfs.iVersion = 2;
    vfs.szOsFile = static_cast<int>(sizeof(File)) + real_vfs->szOsFile;
    vfs.mxPathname = real_vfs->mxPathname;
    vfs.zName = "power-loss";
    vfs.xOpen = xOpen;
    vfs.xDelete = xDelete;
    vfs.xAccess = xAccess;
    vfs.xFullPathname = xFullPathname;
    vfs.xDlOpen = xDlOpen;
    vfs.xDlError = xDlError;
    vfs.xDlSym = xDlSym;
    vfs.xDlClose = xDlClose;
    vfs.xRandomness = xRandomness;
    vfs.xSleep = xSleep;
    vfs.xCurrentTime = xCurrentTime;
    vfs.xGetLastError = xGetLastError;
    vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    sqlite3_vfs_register(&vfs, 1);
}

void uninstall() {
    if (real_vfs == nullptr) return;
    sqlite3_vfs_unregister(&vfs);
    sqlite3_vfs_register(real_vfs, 1);
    real_vfs = nullptr;
}

void cutPowerAfter(std::int64_t operations) {
    std::lock_guard lock(guard);
    countdown = operations;
}

void cutPowerNow() {
    std::lock_guard lock(guard);
    powerCutLocked();
}

bool powerCut() {
    std::lock_guard lock(guard);
    return cut;
}

void reset() {
    std::lock_guard lock(guard);
    cut = false;
    countdown = -1;
}

std::int64_t syncs() {
    std::lock_guard lock(guard);
    return sync_count;
}

}  // namespace power_loss
