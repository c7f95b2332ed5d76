#include "drawn.hpp"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

#include "pixels.hpp"

namespace kiosk::test {

const ItemRect& itemNamed(Harness& harness, std::string_view label, int nth) {
    for (const ItemRect& item : harness.app().widgets().items()) {
        if (item.label == label && nth-- == 0) return item;
    }
    throw std::runtime_error("no item '" + std::string(label) + "' on " + harness.app().screenName());
}

View pageView(Harness& harness) {
    const DisplaySettings& s = harness.app().theme().settings();
    const Strings& strings = harness.app().strings();
    float top = 0.0f;
    for (const std::string id : {"header.display_options", "header.leave"}) {
        for (const ItemRect& item : harness.app().widgets().items()) {
            if (item.label == strings.get(id, s.language, s.easy_read)) top = std::max(top, item.max.y);
        }
    }
    const ItemRect& action = itemNamed(harness, strings.get("question.continue", s.language, s.easy_read));
    return View{top, action.min.y};
}

void goToComment(Harness& harness) {
    harness.app().apply(StartQuestionnaire{"offender"});
    while (harness.app().page() == Page::Question &&
           harness.app().session()->current()->type != survey::QuestionType::Text)
        harness.app().apply(SkipQuestion{});
    if (harness.app().page() != Page::Question) throw std::runtime_error("no free-text question");
    harness.step(3);
}

void saveShot(Harness& harness, ScreenSize screen, const std::string& name) {
    const char* folder = std::getenv("PERSPECTIVE_SHOTS");
    if (folder == nullptr || *folder == '\0') return;
    PixelRenderer renderer(screen.width, screen.height);
    renderer.capture(harness).save(std::filesystem::path(folder) / (name + ".png"));
}

}  // namespace kiosk::test
