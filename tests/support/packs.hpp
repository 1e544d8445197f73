// Helpers for tests that load packs with the real plugins.
#pragma once

#include <string>

#include "cradle/pack_loader.hpp"
#include "cradle/registry.hpp"

namespace cradle::test {

// The bundled plugins (faq, web), loaded once for the test program.
const Registry& bundled_registry();

// A minimal valid pack.yaml for a one-FAQ pack called `id`.
std::string faq_manifest(const std::string& id, const std::string& version = "1.0.0");

// The diagnostics of a load, one formatted line each, joined by newlines.
std::string lines(const Diagnostics& ds);

}  // namespace cradle::test
