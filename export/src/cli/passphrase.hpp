// Passphrases for the inspectorate's secret key: from the terminal with echo off, or the first
// line of standard input when it is not a terminal (scripts, tests) — never from argv, where
// other users of the machine and the shell history would see it.
#pragma once

#include <string>
#include <string_view>

#include "cli/cli.hpp"

namespace report::cli {

// `confirm` (keygen) asks twice on a terminal and refuses a mismatch. Throws CommandError when
// no passphrase can be read.
std::string readPassphrase(Io& io, std::string_view prompt, bool confirm = false);

}  // namespace report::cli
