// `-o FILE`: a file is written beside FILE under a temporary name, then published under FILE in one
// step, so no one ever sees half a report, a failure leaves FILE as it was, and an existing FILE
// (even one that appears while the report is written) is never replaced without --force.
#pragma once

#include <filesystem>
#include <functional>

#include "cli.hpp"  // beside this file (tests include it by path)
#include "survey/new_file.hpp"

namespace report::cli {

// How a finished file is given its name without replacing one (survey/new_file.hpp: the same rule
// as a kiosk's handover file).
using Publish = survey::Publish;

// The refusal of an -o FILE that exists (usage error, exit code 2).
CommandError outputExists(const std::filesystem::path& file);

// Calls `write` with the path of a new, empty temporary file in FILE's folder (mode 0600: reports
// quote respondents' comments), flushes it to disk, then publishes it as `file`: with `replace`,
// by rename() (an existing FILE is replaced in one step); without, as `first` and its fallbacks
// (an existing FILE: outputExists). On any failure the temporary file is removed and FILE is
// untouched; on SIGINT, SIGTERM or SIGHUP too (unless the signal is ignored). Temporary files of
// FILE that no process holds locked (left by a report killed outright) are removed first.
// `first` is for tests of the fallbacks.
void writeOutputFile(const std::filesystem::path& file, bool replace,
                     const std::function<void(const std::filesystem::path& temporary)>& write,
                     Publish first = Publish::RenameNoReplace);

}  // namespace report::cli
