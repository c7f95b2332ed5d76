// The watchdog's sign of life reaches a real datagram socket, as systemd's notify socket would
// receive it, and only as often as the watchdog needs.
#include "platform/service_notifier.hpp"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace kiosk {
namespace {

using namespace std::chrono_literals;

// A stand-in for systemd's notify socket: a bound datagram socket that collects messages.
class NotifySocket {
public:
    explicit NotifySocket(std::string path) : path_(std::move(path)) {
        fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, path_.data(), path_.size());
        if (path_.front() == '@') address.sun_path[0] = '\0';
        const auto length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + path_.size());
        if (::bind(fd_, reinterpret_cast<const sockaddr*>(&address), length) != 0) ADD_FAILURE() << "bind " << path_;
    }
    ~NotifySocket() {
        ::close(fd_);
        if (path_.front() != '@') std::filesystem::remove(path_);
    }
    NotifySocket(const NotifySocket&) = delete;
    NotifySocket& operator=(const NotifySocket&) = delete;

    std::vector<std::string> received() {
        std::vector<std::string> messages;
        char buffer[256];
        for (ssize_t n; (n = ::recv(fd_, buffer, sizeof buffer, 0)) > 0;) messages.emplace_back(buffer, static_cast<size_t>(n));
        return messages;
    }
    const std::string& path() const { return path_; }

private:
    std::string path_;
    int fd_ = -1;
};

std::string socketPath() {
    return (std::filesystem::temp_directory_path() / ("notify-test-" + std::to_string(::getpid()))).string();
}

TEST(ServiceNotifier, SendsWatchdogAndReadyToTheNotifySocket) {
    NotifySocket systemd(socketPath());
    ServiceNotifier notifier(systemd.path(), 10s);
    const auto start = ServiceNotifier::Clock::now();
    notifier.alive(start);
    notifier.ready();
    EXPECT_EQ(systemd.received(), (std::vector<std::string>{"WATCHDOG=1", "READY=1"}));
}

TEST(ServiceNotifier, PingsAtHalfTheWatchdogTimeoutNotEveryFrame) {
    NotifySocket systemd(socketPath());
    ServiceNotifier notifier(systemd.path(), 10s);
    const auto start = ServiceNotifier::Clock::now();
    EXPECT_EQ(notifier.untilDue(start), 0ms);  // nothing sent yet: due now
    notifier.alive(start);
    EXPECT_EQ(notifier.untilDue(start + 1s), 4000ms);
    notifier.alive(start + 1s);  // a frame soon after: no second message
    notifier.alive(start + 5s);  // half of 10 s later: the next one
    EXPECT_EQ(systemd.received().size(), 2u);
}

TEST(ServiceNotifier, ReachesAnAbstractSocket) {
    NotifySocket systemd("@perspective-notify-test-" + std::to_string(::getpid()));
    ServiceNotifier notifier(systemd.path(), 2s);
    notifier.alive(ServiceNotifier::Clock::now());
    EXPECT_EQ(systemd.received(), std::vector<std::string>{"WATCHDOG=1"});
}

TEST(ServiceNotifier, OutsideSystemdThereIsNoDeadline) {
    ServiceNotifier notifier("", 10s);  // WATCHDOG_USEC without a socket: nobody to tell
    EXPECT_EQ(notifier.untilDue(ServiceNotifier::Clock::now()), std::nullopt);
    ServiceNotifier no_watchdog(socketPath(), std::nullopt);
    EXPECT_EQ(no_watchdog.untilDue(ServiceNotifier::Clock::now()), std::nullopt);
}

}  // namespace
}  // namespace kiosk
