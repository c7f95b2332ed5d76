// A power-loss SQLite VFS for tests (the way SQLite's own crash tests work): it wraps the default
// unix VFS, keeps everything written to a file since that file's last xSync in memory, and at
// the simulated power cut drops it, so only what was synced is left on disk. Unlike SIGKILL
// (after which the page cache still writes everything out), this shows whether a commit was
// made durable, not only atomic: with synchronous=OFF the reported answers are lost here.
#pragma once

#include <cstdint>

namespace power_loss {

// Registers the VFS as SQLite's default ("power-loss"), wrapping the current default.
void install();
// Removes it again and makes the wrapped VFS the default.
void uninstall();
// The power goes after `operations` more writes, truncates or syncs (the one that would be next
// fails): every unsynced byte is dropped and every later I/O on files open now fails.
void cutPowerAfter(std::int64_t operations);
// The power goes now.
void cutPowerNow();
// Whether the power has been cut since the last reset; reset() restores it for new opens.
bool powerCut();
void reset();
// Syncs seen since install (to report how many sync points a test went through).
std::int64_t syncs();

}  // namespace power_loss
