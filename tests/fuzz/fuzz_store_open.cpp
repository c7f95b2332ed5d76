// Fuzzes ResponseStore::open with arbitrary bytes as the database file: read-only first, then
// read-write on a fresh copy, reading everything back each time. A refusal (any exception) is
// fine; a crash, a hang, a leak or undefined behaviour is a finding.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>

#include "survey/store.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path& scratchDirectory() {
    static const fs::path directory = [] {
        fs::path made = fs::temp_directory_path() / ("perspective-fuzz-store-" + std::to_string(getpid()));
        fs::create_directories(made);
        return made;
    }();
    return directory;
}

void writeFresh(const fs::path& file, const std::uint8_t* data, std::size_t size) {
    for (const char* side : {"", "-wal", "-shm", "-journal"}) fs::remove(file.string() + side);
    std::ofstream(file, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

void openAndReadAll(const fs::path& file, survey::ResponseStore::Mode mode) {
    try {
        survey::ResponseStore store = survey::ResponseStore::open(file, mode);
        store.forEachResponse({}, [](const survey::StoredResponse&) {});
        (void)store.distributions();
    } catch (const std::exception&) {
        // refused: what the fuzzer looks for is a crash or undefined behaviour, not a refusal
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const fs::path file = scratchDirectory() / "responses.db";
    writeFresh(file, data, size);
    openAndReadAll(file, survey::ResponseStore::Mode::ReadOnly);
    writeFresh(file, data, size);  // a fresh copy: the read-only open must not have changed it
    openAndReadAll(file, survey::ResponseStore::Mode::ReadWrite);
    return 0;
}
