// Tells the service manager the kiosk is alive, so systemd can restart a kiosk that hangs.
// This is sd_notify's datagram protocol written out (a line like "WATCHDOG=1" sent to the
// socket named in $NOTIFY_SOCKET), not libsystemd: sd_watchdog_enabled() would refuse because
// $WATCHDOG_PID names cage, the unit's main process, while the kiosk is cage's child. The unit
// (cmake/packaging/perspective-kiosk.service) sets NotifyAccess=all so systemd accepts it.
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace kiosk {

class ServiceNotifier {
public:
    using Clock = std::chrono::steady_clock;

    // socket: $NOTIFY_SOCKET ("" when not run by systemd: every call then does nothing);
    // watchdog: $WATCHDOG_USEC, how long systemd waits for a sign of life (nullopt: no watchdog).
    ServiceNotifier(std::string socket, std::optional<std::chrono::microseconds> watchdog);
    static ServiceNotifier fromEnvironment();

    // How long the run loop may wait before it must call alive() again: half the watchdog's
    // timeout, as systemd's documentation advises; nullopt when there is no watchdog.
    std::optional<std::chrono::milliseconds> untilDue(Clock::time_point now) const;

    // The loop came round: "WATCHDOG=1" when the half interval has passed since the last one.
    void alive(Clock::time_point now);
    // The first frame is on the screen: "READY=1" (for Type=notify units; harmless otherwise).
    void ready();

private:
    bool send(const std::string& message) const;

    std::string socket_;
    std::optional<std::chrono::milliseconds> every_;
    std::optional<Clock::time_point> last_ping_;
};

}  // namespace kiosk
