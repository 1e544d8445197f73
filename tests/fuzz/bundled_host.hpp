// The packs Cradle ships, installed into a catalog in the scratch folder and
// served by a real CatalogHost: the Library and FrontendHost a running
// server hands the router.
#pragma once

#include "cradle/catalog_host.hpp"

namespace cradle::fuzz {

// Built on first use; lives until the process exits.
CatalogHost& bundled_host();

}  // namespace cradle::fuzz
