// Running perspective-export in-process for the tests: one home for capturing its code and output.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "../../export/src/cli/cli.hpp"

namespace report::testing {

struct CliResult {
    int code;
    std::string out;
    std::string err;
};

// `args` without the program name.
inline CliResult runCli(std::vector<std::string> args) {
    args.insert(args.begin(), "perspective-export");
    std::ostringstream out;
    std::ostringstream err;
    const int code = report::cli::run(args, out, err);
    return {code, out.str(), err.str()};
}

}  // namespace report::testing
