#include "platform/service_notifier.hpp"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace kiosk {

namespace {

std::optional<std::chrono::microseconds> watchdogFromEnvironment() {
    const char* value = std::getenv("WATCHDOG_USEC");
    if (value == nullptr || *value == '\0') return std::nullopt;
    char* end = nullptr;
    const unsigned long long usec = std::strtoull(value, &end, 10);
    if (*end != '\0' || usec == 0) return std::nullopt;
    return std::chrono::microseconds(static_cast<std::chrono::microseconds::rep>(usec));
}

}  // namespace

ServiceNotifier::ServiceNotifier(std::string socket, std::optional<std::chrono::microseconds> watchdog)
    : socket_(std::move(socket)) {
    if (watchdog && !socket_.empty()) {
        every_ = std::max(std::chrono::milliseconds(1), std::chrono::duration_cast<std::chrono::milliseconds>(*watchdog / 2));
    }
}

ServiceNotifier ServiceNotifier::fromEnvironment() {
    const char* socket = std::getenv("NOTIFY_SOCKET");
    return ServiceNotifier(socket == nullptr ? "" : socket, watchdogFromEnvironment());
}

std::optional<std::chrono::milliseconds> ServiceNotifier::untilDue(Clock::time_point now) const {
    if (!every_) return std::nullopt;
    if (!last_ping_) return std::chrono::milliseconds(0);
    const auto since = std::chrono::duration_cast<std::chrono::milliseconds>(now - *last_ping_);
    return since >= *every_ ? std::chrono::milliseconds(0) : *every_ - since;
}

void ServiceNotifier::alive(Clock::time_point now) {
    if (!every_ || untilDue(now) != std::chrono::milliseconds(0)) return;
    if (send("WATCHDOG=1")) last_ping_ = now;
}

void ServiceNotifier::ready() {
    if (!socket_.empty()) send("READY=1");
}

bool ServiceNotifier::send(const std::string& message) const {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (socket_.size() >= sizeof(address.sun_path)) return false;
    std::memcpy(address.sun_path, socket_.data(), socket_.size());
    // "@name" is a socket in the abstract namespace: its address starts with a NUL byte.
    if (socket_.front() == '@') address.sun_path[0] = '\0';
    const auto length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + socket_.size());

    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return false;
    const ssize_t sent = ::sendto(fd, message.data(), message.size(), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr*>(&address), length);
    ::close(fd);
    return sent == static_cast<ssize_t>(message.size());
}

}  // namespace kiosk
