#include "rich_text.hpp"

#include <array>

#include "cradle/library.hpp"

namespace cradle::desktop {
namespace {

QString escaped(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }

void append_html(const Span& span, QString& out) {
  auto children = [&] {
    for (const auto& child : span.children) append_html(child, out);
  };
  switch (span.kind) {
    case Span::Kind::text:
      out += escaped(span.text);
      break;
    case Span::Kind::code:
      out += "<code>" + escaped(span.text) + "</code>";
      break;
    case Span::Kind::emphasis:
      out += "<i>";
      children();
      out += "</i>";
      break;
    case Span::Kind::strong:
      out += "<b>";
      children();
      out += "</b>";
      break;
    case Span::Kind::link:
      out += "<a href=\"" + escaped(span.href) + "\">";
      children();
      out += "</a>";
      break;
    case Span::Kind::line_break:
      out += "<br/>";
      break;
  }
}

void append_text(const Span& span, QString& out) {
  if (span.kind == Span::Kind::line_break) out += ' ';
  out += QString::fromStdString(span.text);
  for (const auto& child : span.children) append_text(child, out);
}

}  // namespace

QString spans_html(const std::vector<Span>& spans) {
  QString out;
  for (const auto& s : spans) append_html(s, out);
  return out;
}

QString spans_text(const std::vector<Span>& spans) {
  QString out;
  for (const auto& s : spans) append_text(s, out);
  return out;
}

QString snippet_html(const std::string& snippet) {
  QString out;
  std::string run;
  auto flush = [&] {
    out += escaped(run);
    run.clear();
  };
  for (char c : snippet) {
    if (c == kMatchBegin || c == kMatchEnd) {
      flush();
      out += c == kMatchBegin ? "<b>" : "</b>";
    } else {
      run += c;
    }
  }
  flush();
  return out;
}

QString readable_date(const std::string& iso) {
  static constexpr std::array<const char*, 12> kMonths = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return QString::fromStdString(iso);
  int month = std::atoi(iso.substr(5, 2).c_str());
  int day = std::atoi(iso.substr(8, 2).c_str());
  if (month < 1 || month > 12 || day < 1) return QString::fromStdString(iso);
  return QString::number(day) + " " + kMonths[month - 1] + " " +
         QString::fromStdString(iso.substr(0, 4));
}

}  // namespace cradle::desktop
