// SPDX-License-Identifier: MIT
// Every public record type: a plain aggregate that copies, compares and serializes (to JSON and back).
#include <depeche/io/attributions_json.hpp>
#include <depeche/io/claims_json.hpp>
#include <depeche/io/dates.hpp>
#include <depeche/io/quantities_json.hpp>

#include <doctest/doctest.h>

#include <string>
#include <type_traits>

namespace {

namespace rec = depeche::recognize;
namespace io = depeche::io;

// « Selon le ministère, 3 000 soldats ont été envoyés le 4 mars 2025. » (69 bytes)
std::string const text = "Selon le minist\xC3\xA8re, 3 000 soldats ont \xC3\xA9t\xC3\xA9 envoy\xC3\xA9s le 4 mars 2025.";

/// Copies, compares, writes to JSON and reads back `r`; `changed` differs from `r` in one member.
template <class T>
void round_trip(T const& r, T const& changed) {
  static_assert(std::is_aggregate_v<T>);
  static_assert(std::is_nothrow_move_constructible_v<T>);
  T copy = r;
  CHECK(copy == r);
  CHECK_FALSE(changed == r);
  copy = changed;
  CHECK(copy == changed);
  auto const j = io::to_value(r, {text});
  auto const back = io::from_value<T>(j);
  REQUIRE(back.has_value());
  CHECK(*back == r);
  // through the serialized text too, as a consumer of depeche-extract reads it
  auto const reparsed = io::from_value<T>(boost::json::parse(boost::json::serialize(j)));
  REQUIRE(reparsed.has_value());
  CHECK(*reparsed == r);
  CHECK(io::from_value<T>(boost::json::value(42)) == std::nullopt);
}

} // namespace

TEST_CASE("io records: span and number_mention") {
  round_trip(depeche::span{0, 5}, depeche::span{0, 6});
  rec::number_mention const n{21, 26, 3000, rec::number_kind::cardinal, rec::ordinal_base::start};
  auto m = n;
  m.relative_to = rec::ordinal_base::end;
  round_trip(n, m);
  round_trip(m, n);
  auto const j = io::to_json(n, text);
  CHECK(boost::json::serialize(j) == R"({"begin":21,"end":26,"text":"3 000","value":3000,"kind":"cardinal"})");
  CHECK(io::to_json(m, text).at("relative_to") == "end");
}

TEST_CASE("io records: quantity") {
  rec::quantity q;
  q.begin = 21;
  q.end = 34;
  q.value = 3000;
  q.unit = std::nullopt;
  q.dimension = depeche::dimension::count;
  q.counted = "soldats";
  auto r = q;
  r.low = 2500.5;
  r.qualifier = rec::quantity_qualifier::more_than;
  r.change = rec::quantity_change::increase;
  r.unit = "%";
  round_trip(q, r);
  round_trip(r, q);
  CHECK(boost::json::serialize(io::to_json(q, text)) ==
        R"({"begin":21,"end":34,"text":"3 000 soldats","value":3000,"low":null,"high":null,"qualifier":"exact",)"
        R"("unit":null,"dimension":"count","counted":"soldats"})");
  auto const jr = io::to_json(r, text);
  CHECK(jr.at("change") == "increase");
  CHECK(jr.at("low").as_double() == 2500.5);
}

TEST_CASE("io records: temporal") {
  rec::temporal t{rec::timex_type::date, "2025-03-04", std::nullopt, std::nullopt, std::nullopt, std::nullopt, 57, 68};
  auto s = t;
  s.type = rec::timex_type::set;
  s.freq = "2X";
  round_trip(t, s);
  round_trip(s, t);
  CHECK(boost::json::serialize(io::to_json(t, text)) ==
        R"({"type":"DATE","value":"2025-03-04","mod":null,"from":null,"to":null,"begin":57,"end":68,"text":"4 mars 2025"})");
  CHECK(io::to_json(s, text).at("freq") == "2X");
}

TEST_CASE("io records: attribution, its source and source chain") {
  rec::source_link const l{6, 19, rec::source_type::organization, rec::source_subtype::government, "", 2};
  auto l2 = l;
  l2.acronym = "MINARM";
  round_trip(l, l2);
  rec::attribution_source src{6, 19, rec::source_type::organization, rec::source_subtype::government, "", "", 1,
                              std::nullopt, "", {}};
  auto src2 = src;
  src2.subtype = rec::source_subtype::none;
  src2.antecedent = depeche::span{0, 5};
  src2.handle = "@ministere";
  src2.chain = {l, l2};
  round_trip(src, src2);
  round_trip(src2, src);
  rec::attribution a;
  a.begin = 0;
  a.end = 69;
  a.cue_begin = 0;
  a.cue_end = 5;
  a.kind = rec::cue_kind::preposition;
  a.lemma = "selon";
  a.source = src;
  a.content = {21, 69};
  auto b = a;
  b.quote = depeche::span{21, 39};
  b.hedged = true;
  b.source = src2;
  round_trip(a, b);
  round_trip(b, a);

  auto const j = io::to_json(a, text);
  CHECK(j.at("cue") == "Selon");
  CHECK(j.at("content").as_object().size() == 2);  // offsets only
  CHECK(j.at("quote").is_null());
  CHECK(j.at("text").as_string().size() == 69);
  auto const& js = j.at("source").as_object();
  CHECK(js.at("text") == "le minist\xC3\xA8re");
  CHECK(js.at("subtype") == "government");
  CHECK(js.at("acronym").is_null());
  CHECK(js.at("expansion").is_null());
  CHECK_FALSE(js.contains("antecedent"));
  CHECK_FALSE(js.contains("handle"));
  auto const jb = io::to_json(b, text);
  CHECK(jb.at("quote").at("text") == "3 000 soldats ont ");
  auto const& jbs = jb.at("source").as_object();
  CHECK(jbs.at("subtype").is_null());
  CHECK(jbs.at("antecedent").at("text") == "Selon");
  CHECK(jbs.at("handle") == "@ministere");
  CHECK(jbs.at("chain").as_array().size() == 2);
  CHECK(jbs.at("chain").at(1).at("acronym") == "MINARM");
}

TEST_CASE("io records: claim and subject_phrase") {
  round_trip(depeche::claims::subject_phrase{21, 34}, depeche::claims::subject_phrase{21, 33});
  depeche::claims::claim c;
  c.begin = 0;
  c.end = 69;
  c.quantities = {0};
  c.dates = {0};
  c.attributions = {0};
  c.reported = true;
  c.predicate = "envoyer";
  c.subject = depeche::claims::subject_phrase{21, 34};
  auto d = c;
  d.predicate.reset();
  d.subject.reset();
  d.boilerplate = true;
  round_trip(c, d);
  round_trip(d, c);
  auto const j = io::to_json(c, text).as_object();
  CHECK(j.at("subject").at("text") == "3 000 soldats");
  CHECK(j.at("predicate") == "envoyer");
}
