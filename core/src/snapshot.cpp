#include "snapshot.hpp"

#include <algorithm>
#include <boost/json/parse.hpp>
#include <map>
#include <mutex>

#include "cradle/json.hpp"
#include "sqlite.hpp"

namespace cradle {
namespace fs = std::filesystem;
namespace json = boost::json;
namespace {

class CatalogLibrary final : public Library {
 public:
  std::vector<Pack> packs_;
  std::map<std::string, std::size_t, std::less<>> pack_index_;
  // (pack, slug) -> item, made once the packs are read: views into packs_,
  // which never changes after that. A 10,000-post blog is not scanned for
  // every page or search hit.
  std::map<std::pair<std::string_view, std::string_view>, const Item*> item_index_;
  std::uint64_t generation_ = 0;
  fs::path file_;
  mutable std::mutex search_mutex_;
  mutable sql::DbPtr search_db_;  // opened on first search

  const std::vector<Pack>& packs() const noexcept override { return packs_; }

  const Pack* find_pack(std::string_view id) const noexcept override {
    auto it = pack_index_.find(id);
    return it == pack_index_.end() ? nullptr : &packs_[it->second];
  }

  const Item* find_item(std::string_view pack, std::string_view slug) const noexcept override {
    auto it = item_index_.find({pack, slug});
    return it == item_index_.end() ? nullptr : it->second;
  }

  std::uint64_t generation() const noexcept override { return generation_; }

  std::vector<SearchHit> search(std::string_view query, std::size_t limit,
                                std::string_view pack) const noexcept override {
    return run_search(fts_query(query), limit, pack);
  }

  std::vector<SearchHit> search_prefix(std::string_view typed, std::size_t limit,
                                       std::string_view pack) const noexcept override {
    return run_search(fts_query(typed, true), limit, pack);
  }

  // `match` is an FTS5 query made by fts_query().
  std::vector<SearchHit> run_search(const std::string& match, std::size_t limit,
                                    std::string_view pack) const noexcept {
    std::vector<SearchHit> hits;
    if (match.empty() || limit == 0) return hits;
    try {
      std::lock_guard lock(search_mutex_);
      if (!search_db_) {
        auto db = sql::open(file_, SQLITE_OPEN_READONLY);
        if (!db) return hits;
        search_db_ = std::move(db.value());
      }
      auto stmt = sql::Stmt::prepare(search_db_.get(), R"sql(
        SELECT i.pack, i.slug,
               snippet(items_fts, 1, char(2), char(3), '…', 24),
               bm25(items_fts, 4.0, 1.0) AS rank
        FROM items_fts JOIN items i ON i.id = items_fts.rowid
        WHERE items_fts MATCH ?1 AND (?2 = '' OR i.pack = ?2)
        ORDER BY rank LIMIT ?3)sql");
      if (!stmt) return hits;
      stmt->bind(1, match).bind(2, pack).bind(3, static_cast<std::int64_t>(limit));
      for (auto row = stmt->step(); row && row.value(); row = stmt->step()) {
        // The file may already hold a newer generation: keep only hits this
        // snapshot can show.
        const Item* item = find_item(stmt->text(0), stmt->text(1));
        if (!item) continue;
        hits.push_back({find_pack(item->pack), item, stmt->text(2), stmt->real(3)});
      }
    } catch (...) {
      hits.clear();  // out of memory: no results rather than a crash
    }
    return hits;
  }
};

Result<std::vector<std::string>> string_list(const std::string& text) {
  std::error_code ec;
  auto v = json::parse(text, ec);
  std::vector<std::string> out;
  if (ec || !v.is_array()) return Error{"malformed list"};
  for (const auto& e : v.get_array())
    if (e.is_string()) out.emplace_back(e.get_string());
  return out;
}

Result<void> read_all(sqlite3* db, CatalogLibrary& lib) {
  auto gen = sql::Stmt::prepare(db, "SELECT value FROM meta WHERE key = 'generation'");
  if (!gen) return gen.error();
  auto has_gen = gen->step();
  if (!has_gen) return has_gen.error();
  if (!has_gen.value()) return Error{"the catalog has no generation"};
  lib.generation_ = static_cast<std::uint64_t>(gen->integer(0));

  auto packs = sql::Stmt::prepare(db, R"sql(
    SELECT id, version, title, description, language, authors, license, api, installed_at,
           publisher, requirements, signature, signer, store_dir
    FROM packs ORDER BY title COLLATE NOCASE, id)sql");
  if (!packs) return packs.error();
  // A step that fails ends the read with its error: a library cut short
  // would show installed packs as missing until the next change.
  for (auto row = packs->step();; row = packs->step()) {
    if (!row) return row.error();
    if (!row.value()) break;
    Pack p;
    p.id = packs->text(0);
    p.version = packs->text(1);
    p.title = packs->text(2);
    p.description = packs->text(3);
    p.language = packs->text(4);
    if (auto authors = string_list(packs->text(5))) p.authors = std::move(authors.value());
    p.license = packs->text(6);
    p.api = static_cast<int>(packs->integer(7));
    p.installed_at = packs->text(8);
    p.publisher = packs->text(9);
    std::error_code req_ec;
    auto reqs = json::parse(packs->text(10), req_ec);
    if (!req_ec && reqs.is_array())
      for (const auto& r : reqs.get_array()) {
        const auto* o = r.if_object();
        const auto* pack = o ? o->if_contains("pack") : nullptr;
        const auto* range = o ? o->if_contains("range") : nullptr;
        if (pack && range && pack->is_string() && range->is_string())
          p.requirements.push_back(
              {std::string(pack->get_string()), std::string(range->get_string())});
      }
    p.signature = packs->text(11);
    p.signer = packs->text(12);
    p.store_dir = packs->text(13);
    lib.pack_index_.emplace(p.id, lib.packs_.size());
    lib.packs_.push_back(std::move(p));
  }

  auto items = sql::Stmt::prepare(db, R"sql(
    SELECT pack, slug, type, title, summary, fields, body, text, data, extras
    FROM items ORDER BY pack, position)sql");
  if (!items) return items.error();
  for (auto row = items->step();; row = items->step()) {
    if (!row) return row.error();
    if (!row.value()) break;
    Item it;
    it.pack = items->text(0);
    it.slug = items->text(1);
    it.type = items->text(2);
    it.title = items->text(3);
    it.summary = items->text(4);
    std::error_code fields_ec, body_ec;
    auto fields = fields_from_json(json::parse(items->text(5), fields_ec));
    auto body = document_from_json(json::parse(items->text(6), body_ec));
    if (fields_ec || body_ec || !fields || !body)
      return Error{"item " + it.pack + "/" + it.slug + " is damaged in the catalog"};
    it.fields = std::move(fields.value());
    it.body = std::move(body.value());
    it.text = items->text(7);
    it.data = items->text(8);
    auto extras = json::parse(items->text(9), body_ec);
    if (body_ec || !extras.is_array())
      return Error{"item " + it.pack + "/" + it.slug + " is damaged in the catalog"};
    for (const auto& doc : extras.get_array()) {
      auto extra = document_from_json(doc);
      if (!extra) return Error{"item " + it.pack + "/" + it.slug + " is damaged in the catalog"};
      it.extras.push_back(std::move(extra.value()));
    }
    auto p = lib.pack_index_.find(it.pack);
    if (p != lib.pack_index_.end()) lib.packs_[p->second].items.push_back(std::move(it));
  }
  for (const auto& pack : lib.packs_)
    for (const auto& item : pack.items)
      lib.item_index_.emplace(std::pair<std::string_view, std::string_view>(pack.id, item.slug),
                              &item);
  return {};
}

}  // namespace

std::string fts_query(std::string_view typed, bool last_is_prefix) {
  std::string out;
  std::string word;
  auto flush = [&] {
    // A word with no letter or digit would be an empty phrase: skip it.
    bool has_content = std::any_of(word.begin(), word.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    });
    if (!has_content) {
      word.clear();
      return;
    }
    if (!out.empty()) out += ' ';
    out += '"' + word + '"';
    word.clear();
  };
  for (char c : typed) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      flush();
    } else if (c != '"') {
      word += c;
    }
  }
  flush();
  if (last_is_prefix && !out.empty()) out += '*';
  return out;
}

Result<std::shared_ptr<const Library>> load_snapshot(sqlite3* db, const fs::path& file) {
  auto lib = std::make_shared<CatalogLibrary>();
  lib->file_ = file;
  if (auto r = sql::exec(db, "BEGIN"); !r) return r.error();
  auto r = read_all(db, *lib);
  (void)sql::exec(db, "COMMIT");
  if (!r) return Error{"cannot read " + file.string() + ": " + r.error().message};
  return std::shared_ptr<const Library>(std::move(lib));
}

}  // namespace cradle
