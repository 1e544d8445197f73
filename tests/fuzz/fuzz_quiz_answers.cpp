// A reader's answers to the bundled quiz, scored by the quiz plugin as the
// server has it score them, and the result drawn as the result page draws
// it. The input is lines of `QUESTION=VALUE`; a value that is not a whole
// number leaves that line out (the web frontend refuses those itself).
#include <charconv>

#include "answers.hpp"
#include "blocks.hpp"
#include "bundled_host.hpp"
#include "support.hpp"

namespace {
cradle::Answers parse(std::string_view text) {
  cradle::Answers answers;
  while (!text.empty()) {
    auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    auto eq = line.find('=');
    if (eq == std::string_view::npos) continue;
    int value = 0;
    std::string_view digits = line.substr(eq + 1);
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc()) continue;
    answers[std::string(line.substr(0, eq))] = value;
  }
  return answers;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cradle;
  static const auto library = fuzz::bundled_host().library();
  static const Item* quiz = library->find_item("ababy-attachment-quiz", "adult-attachment-quiz");
  if (!quiz || !web::has_form(*quiz)) __builtin_trap();  // the bundled quiz moved: fix the target
  Answers answers = parse(fuzz::as_text(data, size));
  FormResponse response = fuzz::bundled_host().respond(*quiz, answers);
  std::string html;
  web::render_document(shown_document(*quiz, response), {*library, 1, "", &answers}, html);
  return 0;
}
