#include "text_checks.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "utf8.hpp"

namespace cradle {
namespace fs = std::filesystem;
namespace {

int line_at(std::string_view text, std::size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

// Counts the nodes the document would have with every alias expanded, and
// its depth, stopping at the first limit crossed.
class YamlMeter final : public YAML::EventHandler {
 public:
  struct Exceeded {
    YAML::Mark mark;
    std::string why;
  };

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { leaf(mark, anchor, 1); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                const std::string&) override {
    leaf(mark, anchor, 1);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = weight_.find(anchor);
    leaf(mark, 0, it == weight_.end() ? 1 : it->second);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    YAML::anchor_t anchor;
    std::size_t weight;
  };

  void add(const YAML::Mark& mark, std::size_t weight) {
    total_ += weight;
    if (total_ > kYamlMaxExpandedNodes)
      throw Exceeded{mark, "expands through its aliases (*name) to more than " +
                               std::to_string(kYamlMaxExpandedNodes) +
                               " values, so it was refused as a YAML bomb: write the values out"};
    if (!stack_.empty()) stack_.back().weight += weight;
  }
  void leaf(const YAML::Mark& mark, YAML::anchor_t anchor, std::size_t weight) {
    if (anchor) weight_[anchor] = weight;
    add(mark, weight);
  }
  void open(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (static_cast<int>(stack_.size()) >= kYamlMaxDepth)
      throw Exceeded{mark, "nests more than " + std::to_string(kYamlMaxDepth) +
                               " levels deep, so it was refused: a pack needs only a few"};
    total_ += 1;  // the collection itself; its children add the rest
    stack_.push_back({anchor, 1});
  }
  void close() {
    if (stack_.empty()) return;
    Frame done = stack_.back();
    stack_.pop_back();
    if (done.anchor) weight_[done.anchor] = done.weight;
    if (!stack_.empty()) stack_.back().weight += done.weight;
  }

  std::vector<Frame> stack_;
  std::map<YAML::anchor_t, std::size_t> weight_;
  std::size_t total_ = 0;
};

bool has_extension(const fs::path& p, std::initializer_list<const char*> exts) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  for (const char* e : exts)
    if (ext == e) return true;
  return false;
}

// The front matter of a Markdown file: the lines between a first line "---"
// and the next "---", and the line it starts on.
std::optional<std::pair<std::string_view, int>> front_matter(std::string_view text) {
  if (!(text.starts_with("---\n") || text.starts_with("---\r\n"))) return std::nullopt;
  std::size_t start = text.find('\n') + 1;
  for (std::size_t at = start; at < text.size();) {
    std::size_t nl = text.find('\n', at);
    std::string_view line = text.substr(at, nl == std::string_view::npos ? nl : nl - at);
    if (line == "---" || line == "---\r") return std::pair{text.substr(start, at - start), 2};
    if (nl == std::string_view::npos) break;
    at = nl + 1;
  }
  return std::pair{text.substr(start), 2};
}

}  // namespace

std::optional<Diagnostic> check_utf8_text(std::string_view text, const std::string& file) {
  auto bad = first_invalid_utf8(text);
  if (!bad) return std::nullopt;
  return Diagnostic{Severity::error, file, line_at(text, *bad),
                    "is not valid UTF-8 text (byte " + std::to_string(*bad + 1) +
                        " of the file): save it as UTF-8"};
}

std::optional<Diagnostic> check_yaml_limits(std::string_view yaml, const std::string& file,
                                            int first_line) {
  std::istringstream in{std::string(yaml)};
  YamlMeter meter;
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(meter)) {
    }
  } catch (const YamlMeter::Exceeded& e) {
    return Diagnostic{Severity::error, file, first_line + std::max(e.mark.line, 0), e.why};
  } catch (const YAML::Exception&) {
    // Not valid YAML: the loader says so, at its line.
  }
  return std::nullopt;
}

Diagnostics check_pack_text(const fs::path& dir) {
  Diagnostics out;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& path = it->path();
    if (path.filename().string().starts_with('.')) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    bool yaml = has_extension(path, {".yaml", ".yml"});
    bool markdown = has_extension(path, {".md", ".markdown"});
    if (!yaml && !markdown && !has_extension(path, {".txt"})) continue;
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    const std::string file = path.lexically_relative(dir).generic_string();
    if (auto d = check_utf8_text(text, file)) {
      out.push_back(*d);
      continue;
    }
    std::optional<Diagnostic> d;
    if (yaml) {
      d = check_yaml_limits(text, file);
    } else if (markdown) {
      if (auto fm = front_matter(text)) d = check_yaml_limits(fm->first, file, fm->second);
    }
    if (d) out.push_back(*d);
  }
  return out;
}

}  // namespace cradle
