#include "faq_parser.hpp"

#include <map>
#include <vector>

#include "cradle/markdown.hpp"
#include "cradle/slug.hpp"

namespace cradle::faq {
namespace {

struct Line {
  std::string_view text;
  int number;  // 1-based
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> out;
  int number = 1;
  while (!text.empty()) {
    auto nl = text.find('\n');
    auto line = text.substr(0, nl);
    if (line.ends_with('\r')) line.remove_suffix(1);
    out.push_back({line, number++});
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return out;
}

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

bool is_fence(std::string_view s) {
  auto start = s.find_first_not_of(' ');
  return start != std::string_view::npos && start < 4 &&
         (s.substr(start).starts_with("```") || s.substr(start).starts_with("~~~"));
}

struct Question {
  std::string_view heading;  // after "## "
  int line = 0;
  std::vector<Line> answer;
};

// Splits "Question text {#slug}" into its text and explicit slug.
std::pair<std::string_view, std::string_view> split_anchor(std::string_view heading) {
  while (!heading.empty() && (heading.back() == ' ' || heading.back() == '#'))
    heading.remove_suffix(1);  // ATX closing hashes, as CommonMark allows
  if (heading.ends_with('}')) {
    auto open = heading.rfind("{#");
    if (open != std::string_view::npos) {
      auto slug = heading.substr(open + 2, heading.size() - open - 3);
      auto text = heading.substr(0, open);
      while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
      return {text, slug};
    }
  }
  return {heading, {}};
}

std::string join(const std::vector<Line>& lines) {
  std::string out;
  for (const auto& l : lines) {
    out.append(l.text);
    out += '\n';
  }
  return out;
}

}  // namespace

SourceOutput parse_faq(std::string_view text, const std::string& file) {
  SourceOutput out;
  auto error = [&](int line, std::string message) {
    out.diagnostics.push_back({Severity::error, file, line, std::move(message)});
  };

  std::vector<Question> questions;
  bool in_fence = false;
  for (const auto& line : split_lines(text)) {
    if (is_fence(line.text)) in_fence = !in_fence;
    if (!in_fence && line.text.starts_with("## ")) {
      questions.push_back({line.text.substr(3), line.number, {}});
    } else if (!questions.empty()) {
      questions.back().answer.push_back(line);
    } else if (!is_blank(line.text)) {
      error(line.number, "text before the first question: start each question with '## '");
      return out;
    }
  }
  if (questions.empty()) {
    error(1, "no questions found: write each question as a '## ' heading with its answer below");
    return out;
  }

  std::map<std::string, int> slug_lines;
  std::int64_t position = 0;
  for (auto& q : questions) {
    auto [question, anchor] = split_anchor(q.heading);
    Diagnostics& diags = out.diagnostics;
    Document heading = markdown_to_document({question, file, q.line}, diags);
    std::string title = plain_text(heading);
    if (title.empty()) {
      error(q.line, "the question is empty");
      continue;
    }
    std::string slug = anchor.empty() ? slugify(title) : std::string(anchor);
    if (!anchor.empty() && !is_slug(slug)) {
      error(q.line, "{#" + slug + "} is not a slug: use a-z, 0-9 and single hyphens");
      continue;
    }
    if (slug.empty()) {
      error(q.line, "cannot make a slug from this question: add one as {#my-slug}");
      continue;
    }
    auto [it, fresh] = slug_lines.emplace(slug, q.line);
    if (!fresh) {
      error(q.line, "slug '" + slug + "' is already used by the question on line " +
                        std::to_string(it->second) + ": add a distinct {#slug}");
      continue;
    }
    while (!q.answer.empty() && is_blank(q.answer.back().text)) q.answer.pop_back();
    while (!q.answer.empty() && is_blank(q.answer.front().text)) q.answer.erase(q.answer.begin());
    if (q.answer.empty()) {
      error(q.line, "question '" + title + "' has no answer below it");
      continue;
    }
    std::string answer = join(q.answer);
    Item item;
    item.slug = std::move(slug);
    item.title = std::move(title);
    item.body = markdown_to_document({answer, file, q.answer.front().number}, diags);
    item.fields["position"] = ++position;
    item.source = file;
    out.items.push_back(std::move(item));
  }
  return out;
}

}  // namespace cradle::faq
