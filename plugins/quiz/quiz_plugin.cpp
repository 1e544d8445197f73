// The quiz content type: one YAML file, one Item whose body holds a form, and
// respond() scoring a reader's answers to it.
#include <algorithm>
#include <filesystem>

#include "cradle/plugin_api.hpp"
#include "cradle/source_file.hpp"
#include "instrument.hpp"
#include "instrument_data.hpp"
#include "instrument_memo.hpp"
#include "quiz_item.hpp"
#include "response.hpp"

namespace cradle::quiz {
namespace {

namespace fs = std::filesystem;

class QuizContentType final : public ContentType {
 public:
  SourceOutput load(const SourceRequest& request) noexcept override {
    try {
      return load_file(request);
    } catch (const std::exception& e) {
      return source_error(request.source, std::string("could not be loaded: ") + e.what());
    } catch (...) {  // nothing may cross the module boundary
      return source_error(request.source, "could not be loaded: unknown error");
    }
  }

  FormResponse respond(const Item& item, const Answers& answers) noexcept override {
    try {
      auto instrument = memo_.get(item.data);
      if (!instrument)
        return problems_only("this quiz cannot be scored because its stored data is damaged (" +
                             instrument.error().message + "): reinstall its pack");
      const Instrument& parsed = *instrument.value();
      if (item.extras.size() != kExtraFirstRule + parsed.rules.size())
        return problems_only(
            "this quiz cannot be scored because its stored results are damaged: "
            "reinstall its pack");
      return quiz::respond(parsed, answers, item.extras);
    } catch (const std::exception& e) {
      return problems_only(std::string("the answers could not be scored: ") + e.what());
    } catch (...) {
      return problems_only("the answers could not be scored: unknown error");
    }
  }

 private:
  InstrumentMemo memo_;

  static SourceOutput load_file(const SourceRequest& request) {
    const fs::path path = request.pack_dir / request.source;
    const std::string file = fs::path(request.source).generic_string();
    if (!fs::is_regular_file(path))
      return source_error(file, "must be a quiz file: one YAML file describes one quiz");
    auto text = read_source_file(path);
    if (!text) return source_error(file, text.error().message);

    SourceOutput out;
    ReadInstrument read = read_instrument(text.value(), file, path.stem().string());
    out.diagnostics = std::move(read.diagnostics);
    if (!read.instrument) return out;
    // Made even from a quiz with errors, so its Markdown is checked too.
    MadeItem made = make_item(*read.instrument);
    auto& diags = out.diagnostics;
    diags.insert(diags.end(), made.diagnostics.begin(), made.diagnostics.end());
    std::stable_sort(diags.begin(), diags.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
    if (!has_errors(diags)) out.items.push_back(std::move(made.item));
    return out;
  }
};

const PluginInfo kInfo{kPluginApiVersion, "quiz", "content-type", "1.0.0",
                       "Questionnaires scored on scales, with results chosen by thresholds"};

}  // namespace
}  // namespace cradle::quiz

CRADLE_PLUGIN(cradle::quiz::kInfo, cradle::quiz::QuizContentType)
