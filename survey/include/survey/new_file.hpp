// Giving a finished file its name without ever replacing a file of that name: the one rule for
// every file Perspective hands to a person (a report's -o FILE, a kiosk's handover file). A check
// that the name is free followed by rename() leaves a gap in which a file that appears (another
// kiosk saving to the same stick, a colleague's report) would be silently replaced.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <system_error>

namespace survey {

// How the name is given, best first; each falls back to the next on a filesystem that does not
// support it:
// - RenameNoReplace: renameat2(RENAME_NOREPLACE), one atomic step (ext4, xfs, btrfs, tmpfs, vfat);
// - HardLink: link() then the caller removes the temporary name; atomic too (NFS, most network
//   drives);
// - ExclusiveCopy: the file created with O_EXCL and the bytes copied in and flushed (drives with
//   neither, some FUSE ones): never replaces a file, but a reader may see it while it fills; on
//   failure what it made is removed.
enum class Publish { RenameNoReplace, HardLink, ExclusiveCopy };

// The way's name as the enum spells it ("HardLink"), for tests and diagnostics.
const char* nameOf(Publish method);

// `file` exists already: nothing was replaced.
class FileExists : public std::runtime_error {
public:
    explicit FileExists(const std::filesystem::path& file)
        : std::runtime_error(file.string() + " exists already"), file_(file) {}
    const std::filesystem::path& file() const noexcept { return file_; }

private:
    std::filesystem::path file_;
};

// Gives `temporary` (a finished, flushed file in the same folder) the name `file`, unless `file`
// exists (FileExists), as `first` or its fallbacks. Any other failure is a std::system_error whose
// what() says in plain words what could not be done ("cannot name it: ..."), and `file` is left
// as it was. Returns true when the temporary name is gone (renamed); after a link or a copy it is
// still there, for the caller to remove.
bool publishWithoutReplacing(const std::filesystem::path& temporary, const std::filesystem::path& file,
                             Publish first = Publish::RenameNoReplace);

// fsync of the folder holding `file`, so a name just given survives a power cut. Best effort: a
// folder that cannot be opened (some network drives) is left to the drive.
void syncFolderOf(const std::filesystem::path& file);

}  // namespace survey
