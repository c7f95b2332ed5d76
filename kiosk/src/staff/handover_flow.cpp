#include "staff/handover_flow.hpp"

#include <sys/stat.h>

#include <algorithm>

#include <fmt/format.h>

#include "survey/errors.hpp"
#include "survey/handover.hpp"

namespace kiosk {
namespace fs = std::filesystem;

namespace {

bool isMountPoint(const fs::path& folder) {
    std::error_code error;
    const fs::path parent = folder.parent_path();
    struct stat here {};
    struct stat above {};
    return ::stat(folder.c_str(), &here) == 0 && ::stat(parent.c_str(), &above) == 0 && here.st_dev != above.st_dev;
}

}  // namespace

std::vector<fs::path> handoverDestinations(const std::vector<fs::path>& roots, const std::optional<std::string>& configured) {
    std::vector<fs::path> found;
    for (const fs::path& root : roots) {
        std::error_code error;
        for (const auto& entry : fs::directory_iterator(root, error)) {
            if (!entry.is_directory(error)) continue;
            if (isMountPoint(entry.path())) {
                found.push_back(entry.path());  // /media/LABEL
                continue;
            }
            for (const auto& drive : fs::directory_iterator(entry.path(), error)) {  // /media/USER/LABEL
                if (drive.is_directory(error) && isMountPoint(drive.path())) found.push_back(drive.path());
            }
        }
    }
    std::sort(found.begin(), found.end());
    if (configured && !configured->empty() && fs::is_directory(*configured)) found.emplace_back(*configured);
    return found;
}

void HandoverFlow::refresh(survey::ResponseStore& store) {
    std::optional<std::string> configured;
    try {
        configured = store.setting(kHandoverFolderKey);
        view_.unsaved = survey::handover::unsaved(store);
    } catch (const survey::StoreError& error) {
        view_.result = error.what();
    }
    view_.destinations = handoverDestinations(roots_, configured);
    view_.confirm_delete = false;
}

void HandoverFlow::save(survey::ResponseStore& store, const fs::path& folder, const std::string& site,
                        const std::string& date) {
    view_.saved = false;
    try {
        const auto saved =
            survey::handover::save(store, survey::handover::freeFileName(folder, site, store.kioskId(), date));
        view_.saved = true;
        view_.saved_file = saved.file;
        view_.result = fmt::format("Saved {} response{} to {}", saved.responses, saved.responses == 1 ? "" : "s",
                                   saved.file.string());
    } catch (const std::exception& error) {  // BundleError or StoreError: say why, keep everything
        view_.result = fmt::format("Not saved: {}", error.what());
    }
    refresh(store);
}

void HandoverFlow::deleteSaved(survey::ResponseStore& store) {
    if (!view_.saved) return;  // only after a verified save in this visit
    try {
        const int deleted = survey::handover::deleteSaved(store);
        view_.result = fmt::format("Deleted {} saved response{} from this kiosk.", deleted, deleted == 1 ? "" : "s");
    } catch (const survey::StoreError& error) {
        view_.result = fmt::format("Not deleted: {}", error.what());
    }
    view_.saved = false;
    refresh(store);
}

}  // namespace kiosk
