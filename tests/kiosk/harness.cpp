#include "harness.hpp"

#include <algorithm>
#include <cfloat>
#include <random>
#include <stdexcept>

#include <SDL_scancode.h>
#include <unistd.h>

#include "survey/questionnaire_file.hpp"
#include "survey/sealing.hpp"

namespace kiosk::test {

namespace {

std::filesystem::path freshDirectory() {
    std::random_device random;
    auto dir = std::filesystem::temp_directory_path() /
               ("kiosk-test-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

void mapKeys(ImGuiIO& io) {
    // The same key map the SDL2 backend installs, so IsKeyPressed sees SDL scancodes.
    io.KeyMap[ImGuiKey_Tab] = SDL_SCANCODE_TAB;
    io.KeyMap[ImGuiKey_LeftArrow] = SDL_SCANCODE_LEFT;
    io.KeyMap[ImGuiKey_RightArrow] = SDL_SCANCODE_RIGHT;
    io.KeyMap[ImGuiKey_UpArrow] = SDL_SCANCODE_UP;
    io.KeyMap[ImGuiKey_DownArrow] = SDL_SCANCODE_DOWN;
    io.KeyMap[ImGuiKey_PageUp] = SDL_SCANCODE_PAGEUP;
    io.KeyMap[ImGuiKey_PageDown] = SDL_SCANCODE_PAGEDOWN;
    io.KeyMap[ImGuiKey_Home] = SDL_SCANCODE_HOME;
    io.KeyMap[ImGuiKey_End] = SDL_SCANCODE_END;
    io.KeyMap[ImGuiKey_Insert] = SDL_SCANCODE_INSERT;
    io.KeyMap[ImGuiKey_Delete] = SDL_SCANCODE_DELETE;
    io.KeyMap[ImGuiKey_Backspace] = SDL_SCANCODE_BACKSPACE;
    io.KeyMap[ImGuiKey_Space] = SDL_SCANCODE_SPACE;
    io.KeyMap[ImGuiKey_Enter] = SDL_SCANCODE_RETURN;
    io.KeyMap[ImGuiKey_Escape] = SDL_SCANCODE_ESCAPE;
    io.KeyMap[ImGuiKey_KeyPadEnter] = SDL_SCANCODE_KP_ENTER;
    io.KeyMap[ImGuiKey_A] = SDL_SCANCODE_A;
    io.KeyMap[ImGuiKey_C] = SDL_SCANCODE_C;
    io.KeyMap[ImGuiKey_V] = SDL_SCANCODE_V;
    io.KeyMap[ImGuiKey_X] = SDL_SCANCODE_X;
    io.KeyMap[ImGuiKey_Y] = SDL_SCANCODE_Y;
    io.KeyMap[ImGuiKey_Z] = SDL_SCANCODE_Z;
}

ImGuiContext* makeContext(ImVec2 display) {
    ImGuiContext* context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = display;
    io.DeltaTime = 1.0f / 60.0f;
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    mapKeys(io);
    return context;
}

}  // namespace

Driver::Driver(ImVec2 display) : context_(makeContext(display)) {}

Driver::~Driver() { ImGui::DestroyContext(context_); }

Harness::Harness(std::vector<std::string> offered, Timings timings, ImVec2 display)
    : Driver(display),
      directory_(freshDirectory()),
      database_(directory_ / "responses.db"),
      store_(survey::ResponseStore::open(database_)),
      questionnaires_(survey::loadQuestionnaires(std::filesystem::path(PERSPECTIVE_ASSETS_DIR) / "questionnaires")) {
    // Every kiosk test runs sealed, as a real kiosk must: the one place a test recipient is set.
    // The harness keeps the secret key too, so tests can read back what the kiosk stored.
    auto keyring = std::make_shared<survey::sealing::Keyring>();
    survey::sealing::KeyPair recipient = survey::sealing::makeKeyPair();
    store_.setRecipient(recipient.public_key);
    keyring->add(std::move(recipient));
    store_.setKeyring(keyring);
    KioskOptions options;
    options.offered = std::move(offered);
    options.site = "Test site";
    app_ = std::make_unique<App>(questionnaires_, store_,
                                 Strings::load(std::filesystem::path(PERSPECTIVE_ASSETS_DIR) / "kiosk" / "strings.yaml"),
                                 options, [this] { return now(); }, survey::systemClock(), timings);
    attach(*app_);
    step(2);
}

Harness::~Harness() {
    app_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(directory_, ignored);
}

void Driver::step(int frames) {
    for (int i = 0; i < frames; ++i) {
        frames_->prepareFrame(*ImGui::GetIO().Fonts);
        ImGui::NewFrame();
        frames_->frame();
        ImGui::Render();
        ImGui::GetIO().ClearInputCharacters();
    }
}

std::vector<std::string> Driver::labels() const {
    std::vector<std::string> out;
    for (const ItemRect& item : frames_->widgets().items()) out.push_back(item.label);
    return out;
}

bool Driver::has(std::string_view label) const {
    const auto& items = frames_->widgets().items();
    return std::any_of(items.begin(), items.end(), [&](const ItemRect& item) { return item.label == label; });
}

void Driver::click(std::string_view label, int nth) { touch(label, nth, true); }

void Driver::hastyClick(std::string_view label, int nth) { touch(label, nth, false); }

const ItemRect& Driver::item(std::string_view label, int nth) const {
    for (const ItemRect& item : frames_->widgets().items()) {
        if (item.label == label && nth-- == 0) return item;
    }
    throw std::runtime_error("no item '" + std::string(label) + "' on " + frames_->screenName());
}

void Driver::touch(std::string_view label, int nth, bool looked) {
    const ItemRect* target = &item(label, nth);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = target->centre();
    // A person looks before touching: more than the half second a control must have been in
    // place for a press on it to count (Widgets::kSettleSeconds).
    if (looked) io.DeltaTime = static_cast<float>(Widgets::kSettleSeconds) + 0.1f;
    step();
    io.DeltaTime = 1.0f / 60.0f;
    io.MouseDown[0] = true;
    step();
    io.MouseDown[0] = false;
    step();
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    step(2);  // the next screen draws, and its measured footer settles
}

void Driver::press(int scancode, bool shift) {
    ImGuiIO& io = ImGui::GetIO();
    const auto index = static_cast<std::size_t>(scancode);
    io.KeyShift = shift;
    io.KeysDown[index] = true;
    step();
    io.KeysDown[index] = false;
    io.KeyShift = false;
    step();
}

void Driver::tapShift() {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyShift = true;
    step();
    io.KeyShift = false;
    step();
}

void Driver::type(std::string_view text) {
    for (const char c : text) ImGui::GetIO().AddInputCharacter(static_cast<unsigned char>(c));
    step();
}

void Driver::advance(std::chrono::milliseconds by) { now_ += by; }

void Harness::choose(std::string_view option_id) {
    const survey::Question* question = app_->session()->current();
    const survey::Option* option = question->option(option_id);
    if (option == nullptr) throw std::runtime_error("question " + question->id + " has no option " + std::string(option_id));
    const DisplaySettings& s = app_->theme().settings();
    click(option->label.get(s.language, s.easy_read));
}

void Harness::continueOn() {
    const DisplaySettings& s = app_->theme().settings();
    click(app_->strings().get("question.continue", s.language, s.easy_read));
}

std::vector<survey::StoredResponse> Harness::responses() const {
    std::vector<survey::StoredResponse> out;
    store_.forEachResponse({}, [&](const survey::StoredResponse& response) { out.push_back(response); });
    return out;
}

const survey::Questionnaire& Harness::questionnaire(std::string_view id) const {
    for (const survey::Questionnaire& q : questionnaires_) {
        if (q.id == id) return q;
    }
    throw std::runtime_error("no questionnaire " + std::string(id));
}

Walk walkAndSubmit(Harness& harness, std::string_view questionnaire_id,
                   const std::map<std::string, std::vector<std::string>, std::less<>>& plan) {
    Walk walk;
    if (harness.app().offered().size() > 1) harness.click(harness.questionnaire(questionnaire_id).audience.get("en"));
    else harness.click("Start");
    while (harness.app().page() == Page::Question) {
        const survey::Question* question = harness.app().session()->current();
        walk.asked.push_back(question->id);
        const auto planned = plan.find(question->id);
        if (planned == plan.end()) {
            harness.click("Skip this question");
            continue;
        }
        if (question->type == survey::QuestionType::Text) {
            harness.click(question->text.get("en"));  // focus the text box
            harness.type(planned->second.front());
        } else {
            for (const std::string& option : planned->second) harness.choose(option);
        }
        harness.continueOn();
    }
    if (harness.app().page() != Page::CheckAnswers)
        throw std::runtime_error("walk ended on " + harness.app().screenName() + ", not check-answers");
    walk.response = *harness.app().response();  // begun with the first answer or skip
    harness.click("Send my answers");
    return walk;
}

}  // namespace kiosk::test
