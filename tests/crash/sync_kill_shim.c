/* An LD_PRELOAD library for the crash-at-every-sync sweep (sync_kill_test.cpp), the way SQLite's
 * own crash tests stop a program at each sync point: it counts every fsync, fdatasync, msync,
 * sync_file_range and syncfs of the process and, at the Nth, kills the process with SIGKILL.
 *
 *   PERSPECTIVE_SYNC_KILL_AT=N       the call to stop at (1 is the first); unset or 0: only count
 *   PERSPECTIVE_SYNC_KILL_WHEN=after  die after the real call returned (default: before it, so
 *                                     the data of that sync may or may not have reached the disk)
 *
 *   PERSPECTIVE_SYNC_COUNT_FILE=PATH  at a normal exit, write how many syncs were made to PATH (how
 *                                     the kiosk sweep, tests/e2e/kiosk_sync_kill.py, learns how many
 *                                     sync points one respondent's journey has)
 *
 * A program that finishes without reaching N simply exits: the sweep raises N until that happens.
 * Plain C with no state but one counter, so it works in any program (the kiosk, the exporter). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

static long sync_calls;

static long kill_at(void) {
    const char* text = getenv("PERSPECTIVE_SYNC_KILL_AT");
    return text != NULL ? strtol(text, NULL, 10) : 0;
}

static int kill_after(void) {
    const char* text = getenv("PERSPECTIVE_SYNC_KILL_WHEN");
    return text != NULL && text[0] == 'a';
}

static void die(void) {
    kill(getpid(), SIGKILL);
    _exit(137); /* not reached */
}

/* Called around every sync: dies at the chosen one, before or after the real call. */
static void before_sync(void) {
    ++sync_calls;
    if (sync_calls == kill_at() && !kill_after()) die();
}

static void after_sync(void) {
    if (sync_calls == kill_at() && kill_after()) die();
}

__attribute__((destructor)) static void write_count(void) {
    const char* path = getenv("PERSPECTIVE_SYNC_COUNT_FILE");
    if (path == NULL) return;
    FILE* file = fopen(path, "w");
    if (file == NULL) return;
    fprintf(file, "%ld\n", sync_calls);
    fclose(file);
}

static void* real(const char* name) {
    void* function = dlsym(RTLD_NEXT, name);
    if (function == NULL) abort();
    return function;
}

int fsync(int fd) {
    static int (*next)(int);
    if (next == NULL) next = (int (*)(int))real("fsync");
    before_sync();
    const int result = next(fd);
    after_sync();
    return result;
}

int fdatasync(int fd) {
    static int (*next)(int);
    if (next == NULL) next = (int (*)(int))real("fdatasync");
    before_sync();
    const int result = next(fd);
    after_sync();
    return result;
}

int msync(void* address, size_t length, int flags) {
    static int (*next)(void*, size_t, int);
    if (next == NULL) next = (int (*)(void*, size_t, int))real("msync");
    before_sync();
    const int result = next(address, length, flags);
    after_sync();
    return result;
}

int sync_file_range(int fd, off_t offset, off_t bytes, unsigned int flags) {
    static int (*next)(int, off_t, off_t, unsigned int);
    if (next == NULL) next = (int (*)(int, off_t, off_t, unsigned int))real("sync_file_range");
    before_sync();
    const int result = next(fd, offset, bytes, flags);
    after_sync();
    return result;
}

int syncfs(int fd) {
    static int (*next)(int);
    if (next == NULL) next = (int (*)(int))real("syncfs");
    before_sync();
    const int result = next(fd);
    after_sync();
    return result;
}
