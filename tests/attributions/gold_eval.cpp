// SPDX-License-Identifier: MIT
// Scores the attributions recognizer against the gold corpus (tests/data/attributions): cue and
// source F1, exact and overlap, on the dev split and the held-out split (every 5th document).
#include <depeche/recognize/attributions.hpp>
#include <depeche/text.hpp>

#include <boost/json.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace {

using depeche::span;
namespace rec = depeche::recognize;

struct gold_attr {
  span cue, source;
  std::string type, subtype;
  bool hedged = false, negated = false, has_quote = false;
  span quote;
};

struct gold_doc {
  std::string id, style, text;
  bool held_out = false;
  std::vector<gold_attr> attrs;
};

/// Byte offset of the nth (1-based) occurrence of `needle`, overlapping matches counted; npos if none.
std::size_t find_nth(std::string const& text, std::string const& needle, std::int64_t nth) {
  if (needle.empty() || nth < 1) return std::string::npos;
  auto k = text.find(needle);
  while (k != std::string::npos && nth > 1) {
    k = text.find(needle, k + 1);
    --nth;
  }
  return k;
}

span locate(std::string const& text, boost::json::object const& o, char const* field) {
  auto const& s = o.at(field).as_string();
  std::int64_t nth = 1;
  if (auto const* n = o.if_contains(std::string(field) + "_nth")) nth = n->to_number<std::int64_t>();
  std::string const needle(s.data(), s.size());
  auto const k = find_nth(text, needle, nth);
  REQUIRE_MESSAGE(k != std::string::npos, "gold string not found: " << needle);
  return {static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(k + needle.size())};
}

std::vector<gold_doc> load_gold() {
  std::vector<gold_doc> docs;
  auto const dir = std::filesystem::path(DEPECHE_SOURCE_DIR) / "tests" / "data" / "attributions";
  for (char const* style : {"afp", "interviews", "liveblogs", "surveys"}) {
    std::ifstream in(dir / (std::string(style) + ".jsonl"), std::ios::binary);
    if (!in) continue;
    std::string line;
    std::size_t index = 0;
    while (std::getline(in, line)) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      auto const v = boost::json::parse(line);
      auto const& o = v.as_object();
      gold_doc d;
      d.id = std::string(o.at("id").as_string());
      d.style = style;
      d.text = std::string(o.at("text").as_string());
      d.held_out = index % 5 == 0;  // the held-out split: never looked at while tuning
      ++index;
      for (auto const& av : o.at("attributions").as_array()) {
        auto const& a = av.as_object();
        gold_attr g;
        g.cue = locate(d.text, a, "cue");
        g.source = locate(d.text, a, "source");
        g.type = std::string(a.at("source_type").as_string());
        if (auto const* st = a.if_contains("source_subtype")) g.subtype = std::string(st->as_string());
        g.hedged = a.at("hedged").as_bool();
        g.negated = a.at("negated").as_bool();
        if (a.contains("quote")) {
          g.has_quote = true;
          g.quote = locate(d.text, a, "quote");
        }
        d.attrs.push_back(g);
      }
      docs.push_back(std::move(d));
    }
  }
  return docs;
}

bool overlaps(span a, span b) { return a.begin < b.end && b.begin < a.end; }
std::uint32_t overlap_size(span a, span b) {
  auto const lo = std::max(a.begin, b.begin);
  auto const hi = std::min(a.end, b.end);
  return hi > lo ? hi - lo : 0;
}

/// One-to-one matching of predicted to gold spans: exact pairs first, then by overlap size.
/// Returns, for each gold span, the index of its predicted span (or -1).
std::vector<int> match(std::vector<span> const& gold, std::vector<span> const& pred, bool exact) {
  std::vector<int> g2p(gold.size(), -1);
  std::vector<bool> used(pred.size(), false);
  for (std::size_t g = 0; g < gold.size(); ++g)
    for (std::size_t p = 0; p < pred.size(); ++p)
      if (!used[p] && gold[g] == pred[p]) {
        g2p[g] = static_cast<int>(p);
        used[p] = true;
        break;
      }
  if (exact) return g2p;
  struct pair_t {
    std::uint32_t size;
    std::size_t g, p;
  };
  std::vector<pair_t> pairs;
  for (std::size_t g = 0; g < gold.size(); ++g)
    if (g2p[g] < 0)
      for (std::size_t p = 0; p < pred.size(); ++p)
        if (!used[p] && overlaps(gold[g], pred[p])) pairs.push_back({overlap_size(gold[g], pred[p]), g, p});
  std::stable_sort(pairs.begin(), pairs.end(), [](pair_t const& a, pair_t const& b) { return a.size > b.size; });
  for (auto const& x : pairs)
    if (g2p[x.g] < 0 && !used[x.p]) {
      g2p[x.g] = static_cast<int>(x.p);
      used[x.p] = true;
    }
  return g2p;
}

struct prf {
  std::size_t tp = 0, n_gold = 0, n_pred = 0;
  [[nodiscard]] double p() const { return n_pred ? double(tp) / double(n_pred) : 1.0; }
  [[nodiscard]] double r() const { return n_gold ? double(tp) / double(n_gold) : 1.0; }
  [[nodiscard]] double f() const { return p() + r() > 0 ? 2 * p() * r() / (p() + r()) : 0.0; }
  void add(std::vector<int> const& g2p, std::size_t n_pred_) {
    n_gold += g2p.size();
    n_pred += n_pred_;
    for (auto x : g2p) tp += x >= 0;
  }
};

struct scores {
  prf cue_exact, cue_overlap, source_exact, source_overlap, joint_overlap;
  std::size_t type_ok = 0, type_n = 0, hedged_ok = 0, negated_ok = 0, modality_n = 0;
  std::size_t quote_ok = 0, quote_n = 0;
};

void evaluate(gold_doc const& d, scores& sc, bool verbose) {
  auto doc = depeche::text::prepare(d.text);
  REQUIRE(doc);
  rec::analysis an(*doc);
  auto const found = rec::attributions{}(an.view());
  std::vector<span> gc, gs, pc, ps;
  for (auto const& g : d.attrs) {
    gc.push_back(g.cue);
    gs.push_back(g.source);
  }
  for (auto const& a : found) {
    pc.push_back({a.cue_begin, a.cue_end});
    ps.push_back({a.source.begin, a.source.end});
  }
  auto const ce = match(gc, pc, true), co = match(gc, pc, false);
  auto const se = match(gs, ps, true), so = match(gs, ps, false);
  sc.cue_exact.add(ce, pc.size());
  sc.cue_overlap.add(co, pc.size());
  sc.source_exact.add(se, ps.size());
  sc.source_overlap.add(so, ps.size());
  // joint: an attribution whose cue matches (overlap) and whose source overlaps the gold source
  std::vector<int> joint(d.attrs.size(), -1);
  for (std::size_t g = 0; g < d.attrs.size(); ++g) {
    auto const p = co[g];
    if (p < 0) continue;
    auto const& a = found[static_cast<std::size_t>(p)];
    if (overlaps(d.attrs[g].source, {a.source.begin, a.source.end})) {
      joint[g] = p;
      ++sc.type_n;
      sc.type_ok += std::string(rec::name(a.source.type)) == d.attrs[g].type;
      ++sc.modality_n;
      sc.hedged_ok += a.hedged == d.attrs[g].hedged;
      sc.negated_ok += a.negated == d.attrs[g].negated;
      if (d.attrs[g].has_quote) {
        ++sc.quote_n;
        sc.quote_ok += a.quote && overlaps(*a.quote, d.attrs[g].quote);
      }
    }
  }
  sc.joint_overlap.add(joint, found.size());
  if (!verbose || d.held_out) return;
  auto const& t = d.text;
  std::vector<bool> pred_cue_used(found.size(), false), pred_src_used(found.size(), false);
  for (auto x : co)
    if (x >= 0) pred_cue_used[static_cast<std::size_t>(x)] = true;
  for (auto x : so)
    if (x >= 0) pred_src_used[static_cast<std::size_t>(x)] = true;
  for (std::size_t g = 0; g < d.attrs.size(); ++g) {
    auto const& a = d.attrs[g];
    bool const cue_x = ce[g] >= 0, src_x = se[g] >= 0;
    if (cue_x && src_x && joint[g] >= 0) {
      auto const& p = found[static_cast<std::size_t>(joint[g])];
      if (std::string(rec::name(p.source.type)) != a.type || p.hedged != a.hedged || p.negated != a.negated)
        std::printf("  ~ %s [%s] {%s} gold %s h%d n%d, got %s h%d n%d\n", d.id.c_str(),
                    std::string(a.cue.of(t)).c_str(), std::string(a.source.of(t)).c_str(), a.type.c_str(),
                    a.hedged, a.negated, std::string(rec::name(p.source.type)).c_str(), p.hedged, p.negated);
      continue;
    }
    std::string got;
    if (co[g] >= 0) {
      auto const& p = found[static_cast<std::size_t>(co[g])];
      got = " got [" + std::string(span{p.cue_begin, p.cue_end}.of(t)) + "] {" +
            std::string(span{p.source.begin, p.source.end}.of(t)) + "}";
    }
    std::printf("  - %s gold [%s] {%s} %s%s\n", d.id.c_str(), std::string(a.cue.of(t)).c_str(),
                std::string(a.source.of(t)).c_str(), a.type.c_str(), got.c_str());
  }
  for (std::size_t p = 0; p < found.size(); ++p) {
    if (pred_cue_used[p]) continue;
    auto const& a = found[p];
    std::printf("  + %s extra [%s] {%s} %s\n", d.id.c_str(), std::string(span{a.cue_begin, a.cue_end}.of(t)).c_str(),
                std::string(span{a.source.begin, a.source.end}.of(t)).c_str(),
                std::string(rec::name(a.source.type)).c_str());
  }
}

void print(char const* name, scores const& s) {
  auto line = [](char const* what, prf const& x) {
    std::printf("    %-16s P %.3f  R %.3f  F1 %.3f   (tp %zu, gold %zu, pred %zu)\n", what, x.p(), x.r(), x.f(), x.tp,
                x.n_gold, x.n_pred);
  };
  std::printf("  %s\n", name);
  line("cue exact", s.cue_exact);
  line("cue overlap", s.cue_overlap);
  line("source exact", s.source_exact);
  line("source overlap", s.source_overlap);
  line("joint overlap", s.joint_overlap);
  auto pct = [](std::size_t a, std::size_t b) { return b ? 100.0 * double(a) / double(b) : 100.0; };
  std::printf("    type %.1f%%  hedged %.1f%%  negated %.1f%% (of %zu joint matches)  quote %.1f%% (of %zu)\n",
              pct(s.type_ok, s.type_n), pct(s.hedged_ok, s.modality_n), pct(s.negated_ok, s.modality_n),
              s.modality_n, pct(s.quote_ok, s.quote_n), s.quote_n);
}

} // namespace

TEST_CASE("attributions: gold corpus F1") {
  auto const docs = load_gold();
  if (docs.empty()) {
    MESSAGE("no gold corpus in tests/data/attributions: skipped");
    return;
  }
  bool const verbose = std::getenv("DEPECHE_GOLD_VERBOSE") != nullptr;
  scores dev, held, all;
  std::map<std::string, scores> by_style;
  for (auto const& d : docs) {
    scores one;
    evaluate(d, one, verbose);
    for (auto* s : {&all, d.held_out ? &held : &dev, &by_style[d.style]}) {
      auto add = [](prf& a, prf const& b) {
        a.tp += b.tp;
        a.n_gold += b.n_gold;
        a.n_pred += b.n_pred;
      };
      add(s->cue_exact, one.cue_exact);
      add(s->cue_overlap, one.cue_overlap);
      add(s->source_exact, one.source_exact);
      add(s->source_overlap, one.source_overlap);
      add(s->joint_overlap, one.joint_overlap);
      s->type_ok += one.type_ok;
      s->type_n += one.type_n;
      s->hedged_ok += one.hedged_ok;
      s->negated_ok += one.negated_ok;
      s->modality_n += one.modality_n;
      s->quote_ok += one.quote_ok;
      s->quote_n += one.quote_n;
    }
  }
  std::printf("attributions gold corpus: %zu documents\n", docs.size());
  print("dev (4 of 5 documents)", dev);
  print("held-out (every 5th document)", held);
  print("all", all);
  for (auto const& [style, s] : by_style) print(style.c_str(), s);
  CHECK(all.cue_overlap.f() >= 0.85);
  CHECK(all.source_overlap.f() >= 0.85);
}
