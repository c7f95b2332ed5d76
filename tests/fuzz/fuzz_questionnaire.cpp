// Fuzzes the questionnaire loader with arbitrary bytes as a questionnaire file (against the
// shipped scales). The contract: a file loads to a valid questionnaire or is refused with a
// located ValidationError; any other exception, a crash, a hang or a leak is a finding.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "survey/errors.hpp"
#include "survey/questionnaire_file.hpp"

namespace {

const std::filesystem::path kScales = std::filesystem::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires" / "scales.yaml";

std::filesystem::path scratchFile() {
    return std::filesystem::temp_directory_path() / ("perspective-fuzz-" + std::to_string(getpid()) + ".yaml");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::filesystem::path file = scratchFile();
    std::ofstream(file, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    try {
        const survey::Questionnaire questionnaire = survey::loadQuestionnaire(file, kScales);
        if (questionnaire.questions.empty() || questionnaire.id.empty()) std::abort();  // loaded but not valid
    } catch (const survey::ValidationError& error) {
        for (const survey::Problem& problem : error.problems()) {
            if (problem.message.empty()) std::abort();  // a refusal must say what is wrong
        }
    }
    return 0;
}
