// Why this kiosk will not take answers, in words for the member of staff who sees the screen:
// what is wrong, what to do, and the exact command when there is one. Shown on the staff page
// "This kiosk cannot take answers" (RefusedKiosk) and printed on standard error.
//
// The wording lives here, not in strings.yaml: the page must show even when the kiosk's own
// files (strings, questionnaires) are what failed to load. Staff pages are English only.
#pragma once

#include <exception>
#include <filesystem>
#include <string>

namespace kiosk {

struct Refusal {
    std::string problem;  // what is wrong, in plain words
    std::string remedy;   // what staff should do
    std::string command;  // the command that fixes it, when one does; else empty
    std::string detail;   // the program's own message (file and reason), for whoever helps; may be empty
};

// No inspectorate key is set: answers would be stored readable by anyone with the disk.
Refusal noRecipientRefusal(const std::filesystem::path& database);
// The database failed its start check, the disk is full or read-only, another program holds it,
// or the kiosk's own files did not load: `error` is what was thrown at start-up.
Refusal startRefusal(const std::exception& error, const std::filesystem::path& database);

// The whole refusal as lines for standard error.
std::string describe(const Refusal& refusal);

}  // namespace kiosk
