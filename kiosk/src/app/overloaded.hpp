// Overloaded{lambdas...}: one visitor from several lambdas, for std::visit over intents.
#pragma once

namespace kiosk {

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};

}  // namespace kiosk
