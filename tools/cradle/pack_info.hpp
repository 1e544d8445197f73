// `cradle info ID`: one installed pack in full, its manifest, where its
// files are kept and what they are, and the links between it and others.
#pragma once

#include <string>

#include "app.hpp"
#include "cradle/library.hpp"

namespace cradle::cli {

// "trusted: NAME", "untrusted", "unsigned" or "folder": how the pack was
// checked when it was installed.
std::string signature_text(const Pack& pack);

// Prints the pack (as JSON with `as_json`); throws UserError if `id` is not
// installed.
void print_pack_info(App& app, const Library& lib, const std::string& id, bool as_json);

}  // namespace cradle::cli
