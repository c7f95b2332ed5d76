// Staff mode's "Save answers for the inspectorate", with no drawing: where a handover file can go
// (mounted removable drives and a configured folder), saving one, and deleting what was saved.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "survey/store.hpp"

namespace kiosk {

// Settings key: a folder offered besides removable drives (perspective-kiosk --handover-folder).
inline constexpr const char* kHandoverFolderKey = "handover_folder";

// Mounted drives under `roots` (udisks mounts at /media/USER/LABEL, /run/media/USER/LABEL, or a
// plain /media/LABEL), then `configured` when it is a folder.
std::vector<std::filesystem::path> handoverDestinations(const std::vector<std::filesystem::path>& roots,
                                                        const std::optional<std::string>& configured);

// What the handover page shows.
struct HandoverView {
    std::vector<std::filesystem::path> destinations;
    int unsaved = 0;           // submitted or abandoned, in no verified handover file yet
    std::string result;        // what the last save or delete did, already worded
    bool saved = false;        // a verified save just happened: deleting what it holds is offered
    bool confirm_delete = false;
    std::filesystem::path saved_file;
};

class HandoverFlow {
public:
    explicit HandoverFlow(std::vector<std::filesystem::path> roots = {"/media", "/run/media"})
        : roots_(std::move(roots)) {}

    const HandoverView& view() const { return view_; }
    // Lists destinations and counts again; keeps the last result.
    void refresh(survey::ResponseStore& store);
    // Writes perspective-SITE-KIOSK-DATE.pspx into `folder`; the result says what happened.
    void save(survey::ResponseStore& store, const std::filesystem::path& folder, const std::string& site,
              const std::string& date);
    void askDelete() { view_.confirm_delete = view_.saved; }
    void deleteSaved(survey::ResponseStore& store);

private:
    std::vector<std::filesystem::path> roots_;
    HandoverView view_;
};

}  // namespace kiosk
