// perspective-kiosk: parse the options, load what the kiosk needs, build the App, run it. A kiosk
// that must not take answers (no inspectorate key, a file that fails its start check, a full or
// read-only disk, its own files broken) shows staff why on screen instead: under cage nobody sees
// standard error.
#include <chrono>
#include <iostream>
#include <optional>

#include "app/app.hpp"
#include "app/command_line.hpp"
#include "app/refusal.hpp"
#include "app/refused_kiosk.hpp"
#include "platform/run_loop.hpp"
#include "platform/sdl_window.hpp"
#include "speech/speaker.hpp"
#include "staff/kiosk_sealing.hpp"
#include "staff/staff_pin.hpp"
#include "survey/errors.hpp"
#include "survey/questionnaire_file.hpp"

namespace {

using Started = std::chrono::steady_clock::time_point;

void printProblems(const survey::ValidationError& error) {
    for (const survey::Problem& problem : error.problems()) std::cerr << problem.describe() << '\n';
    if (!error.unreported().empty()) std::cerr << error.unreported() << '\n';
}

// The staff page in place of the kiosk; exits 1 (the kiosk did not run) once staff close it.
int refuse(const kiosk::Refusal& refusal, const kiosk::CommandLine& line, Started started) {
    std::cerr << kiosk::describe(refusal);
    try {
        kiosk::RefusedKiosk refused(refusal);
        kiosk::installStopHandler();
        kiosk::SdlWindow window("Perspective", !line.windowed);
        kiosk::ImGuiBackend backend(window);
        kiosk::run(refused, window, backend, {line.screenshot_dir, line.allow_quit, started});
    } catch (const std::exception& error) {
        std::cerr << "perspective-kiosk: " << error.what() << '\n';  // no display: standard error is all there is
    }
    return 1;
}

struct Loaded {
    std::vector<survey::Questionnaire> questionnaires;
    kiosk::Strings strings;
    survey::ResponseStore store;
};

Loaded load(const kiosk::CommandLine& line, const std::filesystem::path& database) {
    const auto directory = line.questionnaires.empty() ? survey::defaultQuestionnaireDirectory() : line.questionnaires;
    // Every text in Welsh and Easy Read too, or the kiosk refuses to start (naming file and line).
    auto questionnaires = survey::loadQuestionnaires(directory, kiosk::respondentLocales());
    auto strings = kiosk::Strings::load(
        line.strings.empty() ? kiosk::defaultStringsPath(survey::defaultQuestionnaireDirectory()) : line.strings,
        kiosk::respondentLocales());
    // The store makes a missing folder itself (0700), takes the database's lock, recovers a crash,
    // and refuses a damaged file with what staff should do.
    auto store = survey::ResponseStore::open(database);
    return {std::move(questionnaires), std::move(strings), std::move(store)};
}

}  // namespace

int main(int argc, char** argv) {
    const Started started = std::chrono::steady_clock::now();  // for PERSPECTIVE_TIMINGS (platform/timing_probe)
    int exit_code = 0;
    const auto line = kiosk::parseCommandLine(argc, argv, exit_code);
    if (!line) return exit_code;
    // Setting up (--set-pin, --set-recipient) happens at a terminal: errors go there, no window.
    const bool setting_up = line->set_pin || !line->set_recipient.empty();
    std::optional<Loaded> loaded;
    std::filesystem::path database;
    try {
        // Read before anything else happens, so a wrong PIN changes nothing.
        const std::string new_pin = line->set_pin ? kiosk::readNewPinFromStdin() : std::string();
        for (const kiosk::FontChoice font : kiosk::kFonts) {
            if (const auto file = kiosk::fontFile(font); !std::filesystem::exists(file.path)) throw kiosk::MissingFont(file);
        }
        database = line->database.empty() ? kiosk::defaultDatabasePath(kiosk::processEnvironment()) : line->database;
        try {
            loaded.emplace(load(*line, database));
        } catch (const std::exception& error) {
            if (setting_up) throw;
            return refuse(kiosk::startRefusal(error, database), *line, started);
        }
        survey::ResponseStore& store = loaded->store;
        if (const int closed = store.closeInterrupted(); closed > 0)
            std::cerr << "perspective-kiosk: closed " << closed << " interrupted response(s) as abandoned\n";
        if (!line->site.empty()) store.setSetting("site", line->site);
        if (!line->handover_folder.empty()) store.setSetting(kiosk::kHandoverFolderKey, line->handover_folder.string());
        if (line->set_pin) {
            kiosk::StaffPin pin({[&](const std::string& key) { return store.setting(key); },
                                 [&](const std::string& key, const std::string& value) { store.setSetting(key, value); }});
            pin.set(new_pin);
            std::cout << "perspective-kiosk: staff PIN set in " << database.string() << '\n';
            return 0;
        }
        if (!line->set_recipient.empty()) {
            std::cout << kiosk::setRecipient(store, line->set_recipient);
            return 0;
        }
        if (!store.recipientFingerprint()) {
            const kiosk::Refusal refusal = kiosk::noRecipientRefusal(database);
            loaded.reset();  // the database's lock is let go while the page waits for staff
            return refuse(refusal, *line, started);
        }
        kiosk::KioskOptions options;
        if (!line->questionnaire.empty()) options.offered = {line->questionnaire};
        options.site = store.setting("site").value_or("");
        options.choose_pin_first = true;
        kiosk::App app(std::move(loaded->questionnaires), store, std::move(loaded->strings), options);

        kiosk::installStopHandler();
        kiosk::SdlWindow window("Perspective", !line->windowed);
        kiosk::ImGuiBackend backend(window);
        // After SDL_Init (the window) and gone before SDL_Quit; silent when no audio device opens.
        kiosk::Speaker speaker;
        app.setVoice(&speaker);
        const int code = kiosk::run(app, window, backend, {line->screenshot_dir, line->allow_quit, started});
        app.setVoice(nullptr);
        return code;
    } catch (const survey::ValidationError& error) {
        printProblems(error);
        return 1;
    } catch (const std::exception& error) {
        std::cerr << "perspective-kiosk: " << error.what() << '\n';
        return 1;
    }
}
