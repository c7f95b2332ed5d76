// perspective-export: everything happens in report::cli::run, which tests call in-process.
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.hpp"

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv, argv + argc);
    return report::cli::run(args, std::cout, std::cerr);
}
