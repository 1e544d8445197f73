// A form block as a plain HTML form: radio buttons in fieldsets, posted
// without JavaScript. Every question is optional here; the content type says
// what is missing.
#include "blocks.hpp"
#include "html.hpp"

namespace cradle::web {

void render_form(const Form& form, const RenderContext& ctx, std::string& out) {
  out += "<form class=\"quiz\" method=\"post\" action=\"";
  escape(ctx.form_action, out);
  out += "\">\n<ol class=\"questions\">\n";
  int number = 0;
  for (const auto& q : form.questions) {
    ++number;
    std::string id = escape(q.id);
    out += "<li><fieldset id=\"q-" + id + "\">\n<legend><span class=\"qnum\">" +
           std::to_string(number) + ".</span> ";
    escape(q.text, out);
    out += "</legend>\n<div class=\"scale\">\n";
    int chosen = 0;
    if (ctx.answers)
      if (auto it = ctx.answers->find(q.id); it != ctx.answers->end()) chosen = it->second;
    for (const auto& option : form.options) {
      std::string value = std::to_string(option.value);
      out += "<label class=\"option\"><input type=\"radio\" name=\"" + id + "\" value=\"" + value +
             "\"" + (chosen == option.value ? " checked" : "") + "><span class=\"value\">" + value +
             "</span>";
      if (!option.label.empty()) {
        out += "<span class=\"option-label\">";
        escape(option.label, out);
        out += "</span>";
      }
      out += "</label>\n";
    }
    out += "</div>\n</fieldset></li>\n";
  }
  out += "</ol>\n<p><button type=\"submit\">See my result</button></p>\n</form>\n";
}

}  // namespace cradle::web
