#include "app/refusal.hpp"

#include <fmt/format.h>

#include "survey/errors.hpp"

namespace kiosk {

namespace {

// How staff reach a command line on a kiosk whose screen this program fills (docs/deploy.md).
constexpr const char* kAtTheMachine =
    "At the kiosk machine, switch to a text console (Ctrl+Alt+F2) and log in as its administrator";

bool readOnly(const survey::StoreError& error) {
    const int primary = error.code() & 0xff;
    // 8 SQLITE_READONLY, 3 SQLITE_PERM, 14 SQLITE_CANTOPEN (sqlite3.h stays out of the kiosk).
    if (primary == 8 || primary == 3 || primary == 14) return true;
    return std::string_view(error.what()).find("read-only") != std::string_view::npos;  // the lock file's refusal
}

}  // namespace

Refusal noRecipientRefusal(const std::filesystem::path& database) {
    return {
        "No inspectorate key is set on this kiosk. Without it, answers would be stored where anyone "
        "with the disk could read them, so the kiosk will not collect any.",
        fmt::format("{}. Copy the key file the inspectorate gave you (for example INSPECTORATE.pub) to the "
                    "machine, run this command as the kiosk's user, then restart the kiosk. Setting up a "
                    "kiosk is described in docs/deploy.md, section 2.",
                    kAtTheMachine),
        fmt::format("perspective-kiosk --db {} --set-recipient INSPECTORATE.pub", database.string()),
        {}};
}

Refusal startRefusal(const std::exception& error, const std::filesystem::path& database) {
    Refusal refusal;
    refusal.detail = error.what();
    const auto* store = dynamic_cast<const survey::StoreError*>(&error);
    if (const auto* invalid = dynamic_cast<const survey::ValidationError*>(&error)) {
        refusal.detail.clear();
        for (const survey::Problem& problem : invalid->problems()) refusal.detail += problem.describe() + "\n";
        refusal.detail += invalid->unreported();
        while (!refusal.detail.empty() && refusal.detail.back() == '\n') refusal.detail.pop_back();
    }
    if (store == nullptr) {
        refusal.problem = "The kiosk's own files (questionnaires, wording or fonts) did not load, so it cannot "
                          "show its pages.";
        refusal.remedy = fmt::format("{}. The message below names the file and what is wrong in it. Reinstall the "
                                     "package (docs/deploy.md, section 4) or put back the file, then restart the "
                                     "kiosk. No answers were touched.",
                                     kAtTheMachine);
        return refusal;
    }
    if (store->diskFull()) {
        refusal.problem = "The disk is full (or failing), so no answer could be saved.";
        refusal.remedy = fmt::format("{}. Free some space on the disk, or move the answers file to another disk, "
                                     "then restart the kiosk. Nothing was changed in the answers file.",
                                     kAtTheMachine);
    } else if (readOnly(*store)) {
        refusal.problem = "The answers file, or its folder, cannot be written to (read-only or missing).";
        refusal.remedy = fmt::format("{}. Check that {} is on a writable disk and belongs to the kiosk's user, "
                                     "then restart the kiosk. Nothing was changed in the answers file.",
                                     kAtTheMachine, database.string());
    } else {
        refusal.problem = "The answers file failed its start check (it is damaged, changed outside Perspective, "
                          "or in use by another program), so the kiosk will not write into it.";
        refusal.remedy = fmt::format("{}. Follow the message below. A damaged file is kept as it is: copy it for "
                                     "the inspectorate, then start the kiosk with a new answers file "
                                     "(docs/deploy.md, section 2).",
                                     kAtTheMachine);
    }
    return refusal;
}

std::string describe(const Refusal& refusal) {
    std::string text = "perspective-kiosk: this kiosk cannot take answers. " + refusal.problem + "\n" + refusal.remedy + "\n";
    if (!refusal.command.empty()) text += "  " + refusal.command + "\n";
    if (!refusal.detail.empty()) text += refusal.detail + "\n";
    return text;
}

}  // namespace kiosk
