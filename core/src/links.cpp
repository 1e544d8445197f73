#include "cradle/links.hpp"

#include "cradle/slug.hpp"

namespace cradle {
namespace {
constexpr std::string_view kScheme = "pack:";

bool starts_with_any(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  for (auto p : prefixes)
    if (s.starts_with(p)) return true;
  return false;
}
}  // namespace

ParsedLink parse_link(std::string_view href, std::string_view current_pack) {
  if (starts_with_any(href, {"http://", "https://", "mailto:"})) return {LinkKind::external, {}};
  if (href.starts_with(kScheme)) {
    auto rest = href.substr(kScheme.size());
    auto slash = rest.find('/');
    ItemRef ref{std::string(rest.substr(0, slash)),
                slash == std::string_view::npos ? "" : std::string(rest.substr(slash + 1))};
    if (!is_slug(ref.pack) || (!ref.slug.empty() && !is_slug(ref.slug))) return {};
    return {LinkKind::item, std::move(ref)};
  }
  if (is_slug(href)) return {LinkKind::item, {std::string(current_pack), std::string(href)}};
  return {};
}

std::string to_href(const ItemRef& ref) {
  std::string out(kScheme);
  out += ref.pack;
  if (!ref.slug.empty()) out += "/" + ref.slug;
  return out;
}

std::optional<ItemRef> item_ref_of(std::string_view href) {
  if (!href.starts_with(kScheme)) return std::nullopt;
  auto parsed = parse_link(href, {});
  if (parsed.kind != LinkKind::item) return std::nullopt;
  return parsed.target;
}

}  // namespace cradle
