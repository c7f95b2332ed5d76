// One writer per database (issue 12, item 3): a second kiosk, a PIN change, an import or a
// handed-out count on a live database waits briefly, then is refused, and never touches the live
// respondent's response (before, closeInterrupted() marked it abandoned mid-session).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>

#include "../support/scratch_directory.hpp"
#include "survey/errors.hpp"
#include "survey/store.hpp"

namespace fs = std::filesystem;
using survey::ResponseStore;

namespace {

const fs::path kBin = PERSPECTIVE_BIN_DIR;

survey::ResponseInfo offender() {
    survey::ResponseInfo info;
    info.questionnaire_id = "offender";
    info.questionnaire_version = 1;
    info.definition_hash = "abc";
    info.site = "Chester";
    info.date = "2011-03-04";
    return info;
}

// Runs a shell command; returns its exit status and what it printed (both streams).
std::pair<int, std::string> run(const std::string& command) {
    std::string output;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    char buffer[512];
    while (pipe != nullptr && std::fgets(buffer, sizeof buffer, pipe) != nullptr) output += buffer;
    const int status = pipe != nullptr ? ::pclose(pipe) : -1;
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

class LockTest : public ::testing::Test {
protected:
    void TearDown() override {
        stopKiosk();
    }

    // A second process plays the running kiosk: a respondent half-way through, for `hold`.
    void startKiosk(std::chrono::milliseconds hold) {
        int ready[2];
        ASSERT_EQ(pipe(ready), 0);
        kiosk_ = fork();
        ASSERT_GE(kiosk_, 0);
        if (kiosk_ == 0) {
            close(ready[0]);
            try {
                auto store = ResponseStore::open(file_);
                store.setAnswer(store.begin(offender()), "rules_explained", survey::Answer::single("fully"));
                (void)!write(ready[1], "r", 1);
                std::this_thread::sleep_for(hold);
            } catch (const std::exception& error) {
                std::fprintf(stderr, "kiosk: %s\n", error.what());
                _exit(2);
            }
            _exit(0);
        }
        close(ready[1]);
        char byte = 0;
        ASSERT_EQ(read(ready[0], &byte, 1), 1) << "the kiosk process did not start";
        close(ready[0]);
    }

    int stopKiosk() {
        if (kiosk_ <= 0) return -1;
        int status = 0;
        waitpid(kiosk_, &status, 0);
        kiosk_ = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

    // After the kiosk has gone: its respondent's response is still in progress, as it left it.
    void expectLiveResponseUntouched() {
        ASSERT_EQ(stopKiosk(), 0);
        auto store = ResponseStore::open(file_, ResponseStore::Mode::ReadOnly);
        ASSERT_EQ(store.statusCounts().size(), 1U);
        EXPECT_EQ(store.statusCounts()[0].in_progress, 1);
        EXPECT_EQ(store.statusCounts()[0].abandoned, 0);
    }

    perspective_test::ScratchDirectory scratch_{"perspective-lock"};
    const fs::path dir_ = scratch_.path();
    const fs::path file_ = dir_ / "kiosk.db";
    pid_t kiosk_ = -1;
};

TEST_F(LockTest, ASecondWriterIsRefusedWhileTheKioskRuns) {
    startKiosk(std::chrono::seconds(2));
    const auto started = std::chrono::steady_clock::now();
    try {
        auto second = ResponseStore::open(file_);
        second.closeInterrupted();
        FAIL() << "a second writer opened a live database";
    } catch (const survey::StoreError& error) {
        EXPECT_NE(std::string(error.what()).find("in use by another Perspective program"), std::string::npos)
            << error.what();
        EXPECT_NE(std::string(error.what()).find(file_.string()), std::string::npos) << error.what();
    }
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(3)) << "waited too long";
    EXPECT_NO_THROW((void)ResponseStore::open(file_, ResponseStore::Mode::ReadOnly)) << "a report still reads it";
    expectLiveResponseUntouched();
}

TEST_F(LockTest, AWriterWaitsBrieflyForOneThatIsFinishing) {
    startKiosk(std::chrono::milliseconds(300));
    auto store = ResponseStore::open(file_);  // waits up to a second for the lock
    EXPECT_EQ(store.closeInterrupted(), 1);   // the other has gone: its respondent left
}

TEST_F(LockTest, TheRealImportAndDistributedAreRefusedOnALiveDatabase) {
    const fs::path exporter = kBin / "perspective-export";
    if (!fs::exists(exporter)) GTEST_SKIP() << "no " << exporter;
    startKiosk(std::chrono::seconds(8));
    const std::string db = " --db '" + file_.string() + "'";
    const auto imported = run(exporter.string() + " import" + db + " --questionnaire sentencer --date 2011-03-01 '" +
                              PERSPECTIVE_ASSETS_DIR + "/demo/sentencer.csv'");
    EXPECT_NE(imported.first, 0);
    EXPECT_NE(imported.second.find("in use by another Perspective program"), std::string::npos) << imported.second;
    const auto counted = run(exporter.string() + " distributed" + db + " --questionnaire offender --count 5");
    EXPECT_NE(counted.first, 0);
    EXPECT_NE(counted.second.find("in use by another Perspective program"), std::string::npos) << counted.second;

    const fs::path kiosk = kBin / "perspective-kiosk";
    if (fs::exists(kiosk)) {
        // The PIN comes on standard input only; the live database must be refused untouched.
        const auto pin = run("printf '864201\\n864201\\n' | " + kiosk.string() + db + " --set-pin");
        EXPECT_NE(pin.first, 0);
        EXPECT_NE(pin.second.find("in use by another Perspective program"), std::string::npos) << pin.second;
    }
    kill(kiosk_, SIGTERM);  // done: let the kiosk go without waiting out its hold
    int status = 0;
    waitpid(kiosk_, &status, 0);
    kiosk_ = -1;
    auto store = ResponseStore::open(file_, ResponseStore::Mode::ReadOnly);
    ASSERT_EQ(store.statusCounts().size(), 1U) << "nothing was imported";
    EXPECT_EQ(store.statusCounts()[0].in_progress, 1);
    EXPECT_TRUE(store.distributions().empty());
}

}  // namespace
