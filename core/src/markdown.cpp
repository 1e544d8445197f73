// Markdown to Blocks: walks cmark's parse tree and keeps only what the content
// model can say. Raw HTML is never carried over, so no pack can put markup
// into a frontend; each drop is reported so the publisher knows.
#include "cradle/markdown.hpp"

#include <cmark.h>

#include <memory>

namespace cradle {
namespace {

struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};

class Converter {
 public:
  Converter(const MarkdownSource& src, Diagnostics& diags) : src_(src), diags_(diags) {}

  Document blocks_of(cmark_node* parent) {
    Document out;
    for (auto* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) add_block(n, out);
    return out;
  }

 private:
  int line_of(cmark_node* n) const { return src_.first_line + cmark_node_get_start_line(n) - 1; }

  void warn(cmark_node* n, std::string message) {
    diags_.push_back({Severity::warning, src_.file, line_of(n), std::move(message)});
  }

  static std::string literal(cmark_node* n) {
    const char* s = cmark_node_get_literal(n);
    return s ? s : "";
  }

  void add_block(cmark_node* n, Document& out) {
    Block b;
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_HEADING:
        b.kind = Block::Kind::heading;
        b.level = cmark_node_get_heading_level(n);
        b.spans = spans_of(n, nullptr);
        break;
      case CMARK_NODE_PARAGRAPH:
        add_paragraph(n, out);
        return;
      case CMARK_NODE_LIST:
        b.kind = Block::Kind::list;
        b.ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
        b.start = b.ordered ? cmark_node_get_list_start(n) : 1;
        for (auto* item = cmark_node_first_child(n); item; item = cmark_node_next(item))
          b.items.push_back(blocks_of(item));
        break;
      case CMARK_NODE_BLOCK_QUOTE:
        b.kind = Block::Kind::quote;
        b.children = blocks_of(n);
        break;
      case CMARK_NODE_CODE_BLOCK:
        b.kind = Block::Kind::code;
        b.text = literal(n);
        if (const char* info = cmark_node_get_fence_info(n)) b.info = info;
        break;
      case CMARK_NODE_THEMATIC_BREAK:
        b.kind = Block::Kind::rule;
        break;
      case CMARK_NODE_HTML_BLOCK:
        warn(n, "raw HTML is not shown; write it in Markdown instead");
        return;
      default:
        warn(n, "unsupported Markdown block left out");
        return;
    }
    out.push_back(std::move(b));
  }

  // A paragraph's images become image blocks of their own, splitting the
  // paragraph around them; the model keeps images at block level.
  void add_paragraph(cmark_node* n, Document& out) {
    std::vector<cmark_node*> images;
    Block para;
    para.kind = Block::Kind::paragraph;
    para.spans = spans_of(n, &images);
    if (!para.spans.empty()) out.push_back(std::move(para));
    for (auto* img : images) {
      Block b;
      b.kind = Block::Kind::image;
      const char* url = cmark_node_get_url(img);
      b.info = url ? url : "";
      b.text = plain_text(spans_of(img, nullptr));
      if (b.text.empty()) warn(img, "image '" + b.info + "' has no description (alt text)");
      out.push_back(std::move(b));
    }
  }

  std::vector<Span> spans_of(cmark_node* parent, std::vector<cmark_node*>* images) {
    std::vector<Span> out;
    for (auto* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
      Span s;
      switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
          append_text(out, literal(n));
          continue;
        case CMARK_NODE_SOFTBREAK:
          append_text(out, " ");
          continue;
        case CMARK_NODE_LINEBREAK:
          s.kind = Span::Kind::line_break;
          break;
        case CMARK_NODE_CODE:
          s.kind = Span::Kind::code;
          s.text = literal(n);
          break;
        case CMARK_NODE_EMPH:
          s.kind = Span::Kind::emphasis;
          s.children = spans_of(n, images);
          break;
        case CMARK_NODE_STRONG:
          s.kind = Span::Kind::strong;
          s.children = spans_of(n, images);
          break;
        case CMARK_NODE_LINK: {
          s.kind = Span::Kind::link;
          const char* url = cmark_node_get_url(n);
          s.href = url ? url : "";
          s.line = line_of(n);
          s.children = spans_of(n, images);
          break;
        }
        case CMARK_NODE_IMAGE:
          if (images) {
            images->push_back(n);
          } else {
            warn(n, "an image inside a heading or link is not shown");
          }
          continue;
        case CMARK_NODE_HTML_INLINE:
          warn(n, "raw HTML '" + literal(n) + "' is not shown; write it in Markdown instead");
          continue;
        default:
          continue;
      }
      out.push_back(std::move(s));
    }
    return out;
  }

  static void append_text(std::vector<Span>& out, const std::string& text) {
    if (!out.empty() && out.back().kind == Span::Kind::text) {
      out.back().text += text;
    } else {
      out.push_back({Span::Kind::text, text, {}, {}});
    }
  }

  const MarkdownSource& src_;
  Diagnostics& diags_;
};

void append_plain(const std::vector<Span>& spans, std::string& out) {
  for (const auto& s : spans) {
    switch (s.kind) {
      case Span::Kind::text:
      case Span::Kind::code:
        out += s.text;
        break;
      case Span::Kind::line_break:
        out += ' ';
        break;
      default:
        append_plain(s.children, out);
    }
  }
}

void append_plain(const Document& doc, std::string& out) {
  for (const auto& b : doc) {
    std::size_t before = out.size();
    switch (b.kind) {
      case Block::Kind::heading:
      case Block::Kind::paragraph:
        append_plain(b.spans, out);
        break;
      case Block::Kind::list:
        for (const auto& item : b.items) append_plain(item, out);
        break;
      case Block::Kind::quote:
        append_plain(b.children, out);
        break;
      case Block::Kind::code:
      case Block::Kind::image:
        out += b.text;
        break;
      case Block::Kind::callout:
        append_plain(b.children, out);
        break;
      case Block::Kind::form:
        if (b.form)
          for (const auto& q : b.form->questions) out += q.text + "\n";
        break;
      case Block::Kind::outcome:
        if (b.outcome) out += b.outcome->result_title;
        break;
      case Block::Kind::rule:
        break;
    }
    if (out.size() > before && out.back() != '\n') out += '\n';
  }
}

}  // namespace

Document markdown_to_document(const MarkdownSource& source, Diagnostics& diagnostics) {
  std::unique_ptr<cmark_node, NodeDeleter> root(
      cmark_parse_document(source.text.data(), source.text.size(), CMARK_OPT_DEFAULT));
  if (!root) {
    diagnostics.push_back({Severity::error, source.file, source.first_line, "out of memory"});
    return {};
  }
  return Converter(source, diagnostics).blocks_of(root.get());
}

std::string plain_text(const std::vector<Span>& spans) {
  std::string out;
  append_plain(spans, out);
  return out;
}

void append_plain_text(const Document& doc, std::string& out) { append_plain(doc, out); }

std::string plain_text(const Document& doc) {
  std::string out;
  append_plain(doc, out);
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace cradle
