// Reading one part of an xlsx file (a zip) in the export tests, with unzip(1): one home for it.
#pragma once

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

namespace report::testing {

inline std::string zipEntry(const std::filesystem::path& zip, const std::string& entry) {
    const std::string command = "unzip -p '" + zip.string() + "' '" + entry + "'";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
    std::string out;
    char buffer[4096];
    for (std::size_t n; pipe && (n = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0;) out.append(buffer, n);
    return out;
}

}  // namespace report::testing
