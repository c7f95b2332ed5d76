// perspective-kiosk: parse the options, load what the kiosk needs, build the App, run it.
#include <chrono>
#include <iostream>

#include "app/app.hpp"
#include "app/command_line.hpp"
#include "platform/run_loop.hpp"
#include "platform/sdl_window.hpp"
#include "speech/speaker.hpp"
#include "staff/staff_pin.hpp"
#include "survey/errors.hpp"
#include "survey/questionnaire_file.hpp"

int main(int argc, char** argv) {
    const auto started = std::chrono::steady_clock::now();  // for PERSPECTIVE_TIMINGS (platform/timing_probe)
    int exit_code = 0;
    const auto line = kiosk::parseCommandLine(argc, argv, exit_code);
    if (!line) return exit_code;
    try {
        // Read before anything else happens, so a wrong PIN changes nothing.
        const std::string new_pin = line->set_pin ? kiosk::readNewPinFromStdin() : std::string();
        for (const kiosk::FontChoice font : kiosk::kFonts) {
            if (const auto file = kiosk::fontFile(font); !std::filesystem::exists(file.path)) throw kiosk::MissingFont(file);
        }
        const auto directory = line->questionnaires.empty() ? survey::defaultQuestionnaireDirectory() : line->questionnaires;
        // Every text in Welsh and Easy Read too, or the kiosk refuses to start (naming file and line).
        auto questionnaires = survey::loadQuestionnaires(directory, kiosk::respondentLocales());
        auto strings = kiosk::Strings::load(line->strings.empty() ? kiosk::defaultStringsPath(survey::defaultQuestionnaireDirectory())
                                                                  : line->strings,
                                            kiosk::respondentLocales());
        const auto database = line->database.empty() ? kiosk::defaultDatabasePath(kiosk::processEnvironment()) : line->database;
        // The store makes a missing folder itself (0700), takes the database's lock, recovers a crash,
        // and refuses a damaged file with what staff should do.
        auto store = survey::ResponseStore::open(database);
        if (const int closed = store.closeInterrupted(); closed > 0)
            std::cerr << "perspective-kiosk: closed " << closed << " interrupted response(s) as abandoned\n";
        if (!line->site.empty()) store.setSetting("site", line->site);
        if (line->set_pin) {
            kiosk::StaffPin pin({[&](const std::string& key) { return store.setting(key); },
                                 [&](const std::string& key, const std::string& value) { store.setSetting(key, value); }});
            pin.set(new_pin);
            std::cout << "perspective-kiosk: staff PIN set in " << database.string() << '\n';
            return 0;
        }
        kiosk::KioskOptions options;
        if (!line->questionnaire.empty()) options.offered = {line->questionnaire};
        options.site = store.setting("site").value_or("");
        options.choose_pin_first = true;
        kiosk::App app(std::move(questionnaires), store, std::move(strings), options);

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
        for (const survey::Problem& problem : error.problems()) std::cerr << problem.describe() << '\n';
        if (!error.unreported().empty()) std::cerr << error.unreported() << '\n';
        return 1;
    } catch (const std::exception& error) {
        std::cerr << "perspective-kiosk: " << error.what() << '\n';
        return 1;
    }
}
