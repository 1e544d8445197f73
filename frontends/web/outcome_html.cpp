// An outcome block: each scale's score with its range, and, when the
// instrument has two dimensions, an inline SVG of where the reader sits on
// them, with a text alternative.
#include <charconv>

#include "blocks.hpp"
#include "html.hpp"

namespace cradle::web {
namespace {

std::string one_decimal(double v) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 1);
  return ec == std::errc() ? std::string(buf, end) : std::string("?");
}

std::string whole(double v) {
  return v == static_cast<long long>(v) ? std::to_string(static_cast<long long>(v))
                                        : one_decimal(v);
}

const ScaleScore* find_scale(const Outcome& o, const std::string& id) {
  for (const auto& s : o.scales)
    if (s.id == id) return &s;
  return nullptr;
}

// 0..1 along a scale's range.
double fraction(const ScaleScore& s) {
  return s.max > s.min ? (s.score - s.min) / (s.max - s.min) : 0.5;
}

void render_plane(const Outcome& o, const ScaleScore& x, const ScaleScore& y, std::string& out) {
  // Plot area: 300 x 300 at (50, 10) in a 360 x 370 view box.
  constexpr double left = 50, top = 10, size = 300;
  double px = left + fraction(x) * size;
  double py = top + (1 - fraction(y)) * size;
  std::string x_label = o.x_label.empty() ? x.title : o.x_label;
  std::string y_label = o.y_label.empty() ? y.title : o.y_label;

  out +=
      "<figure class=\"plane\">\n<svg viewBox=\"0 0 360 370\" role=\"img\" "
      "aria-labelledby=\"plane-title plane-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n"
      "<title id=\"plane-title\">Where your answers place you</title>\n<desc id=\"plane-desc\">";
  escape(x_label + " " + one_decimal(x.score) + " on a scale from " + whole(x.min) + " to " +
             whole(x.max) + "; " + y_label + " " + one_decimal(y.score) + " on a scale from " +
             whole(y.min) + " to " + whole(y.max) + ".",
         out);
  out += "</desc>\n";
  out +=
      "<rect class=\"plane-area\" x=\"50\" y=\"10\" width=\"300\" height=\"300\" rx=\"8\"/>\n"
      "<line class=\"plane-mid\" x1=\"200\" y1=\"10\" x2=\"200\" y2=\"310\"/>\n"
      "<line class=\"plane-mid\" x1=\"50\" y1=\"160\" x2=\"350\" y2=\"160\"/>\n";
  out +=
      "<text class=\"plane-end\" x=\"50\" y=\"330\">low</text>"
      "<text class=\"plane-end\" x=\"350\" y=\"330\" text-anchor=\"end\">high</text>\n"
      "<text class=\"plane-axis\" x=\"200\" y=\"360\" text-anchor=\"middle\">";
  escape(x_label, out);
  out +=
      " →</text>\n<text class=\"plane-end\" x=\"40\" y=\"310\" text-anchor=\"end\">low</text>"
      "<text class=\"plane-end\" x=\"40\" y=\"22\" text-anchor=\"end\">high</text>\n"
      "<text class=\"plane-axis\" transform=\"translate(20 160) rotate(-90)\" "
      "text-anchor=\"middle\">";
  escape(y_label, out);
  out += " →</text>\n";
  out += "<circle class=\"plane-you\" cx=\"" + one_decimal(px) + "\" cy=\"" + one_decimal(py) +
         "\" r=\"9\"/>\n<text class=\"plane-you-label\" x=\"" + one_decimal(px) + "\" y=\"" +
         one_decimal(py < top + 30 ? py + 28 : py - 16) + "\" text-anchor=\"middle\">you</text>\n";
  out +=
      "</svg>\n<figcaption>Where your answers place you. The lines mark the middle of each "
      "scale; most people sit somewhere between the corners.</figcaption>\n</figure>\n";
}

}  // namespace

void render_outcome(const Outcome& o, std::string& out) {
  out += "<section class=\"outcome\">\n<dl class=\"scores\">\n";
  for (const auto& s : o.scales) {
    out += "<div class=\"score\"><dt>";
    escape(s.title, out);
    out += "</dt><dd>";
    if (s.scored) {
      out += "<span class=\"score-value\">" + one_decimal(s.score) +
             "</span> <span class=\"score-range\">on a scale from " + whole(s.min) + " to " +
             whole(s.max) + "</span>";
    } else {
      out += "not scored: too many questions were left out";
    }
    out += "</dd></div>\n";
  }
  out += "</dl>\n";
  const ScaleScore* x = find_scale(o, o.x_scale);
  const ScaleScore* y = find_scale(o, o.y_scale);
  if (x && y && x->scored && y->scored) render_plane(o, *x, *y, out);
  out += "</section>\n";
}

}  // namespace cradle::web
