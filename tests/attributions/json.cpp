// SPDX-License-Identifier: MIT
// JSON of attributions: the field names of the public contract and exact original text.
#include <depeche/io/attributions_json.hpp>

#include "support.hpp"

#include <boost/json.hpp>
#include <doctest/doctest.h>

TEST_CASE("io: attributions to JSON") {
  // typographic apostrophes and a no-break space: offsets are original bytes
  auto const r = depeche::test::attribute("Selon l’état-major sud-coréen (JCS), Pyongyang aurait tiré deux missiles\u00a0« balistiques ».");
  REQUIRE(r->all.size() == 1);
  auto const o = depeche::io::to_json(r->all[0], r->text);
  for (auto const* k : {"cue", "cue_begin", "cue_end", "source", "content", "quote", "reported", "hedged", "negated",
                        "begin", "end", "text"})
    CHECK_MESSAGE(o.contains(k), k);
  CHECK(o.at("cue").as_string() == "Selon");
  auto const& s = o.at("source").as_object();
  for (auto const* k : {"text", "begin", "end", "type", "acronym", "id"}) CHECK_MESSAGE(s.contains(k), k);
  CHECK(s.at("text").as_string() == "l’état-major sud-coréen (JCS)");
  CHECK(s.at("type").as_string() == "organization");
  CHECK(s.at("subtype").as_string() == "military");
  CHECK(s.at("acronym").as_string() == "JCS");
  auto const b = s.at("begin").to_number<std::size_t>();
  auto const e = s.at("end").to_number<std::size_t>();
  CHECK(r->text.substr(b, e - b) == "l’état-major sud-coréen (JCS)");
  auto const& q = o.at("quote").as_object();
  CHECK(q.at("text").as_string() == "« balistiques »");
  CHECK(o.at("hedged").as_bool());
  CHECK_FALSE(o.at("negated").as_bool());
  auto const& c = o.at("content").as_object();
  CHECK(c.contains("begin"));
  CHECK(c.contains("end"));
  auto const tb = o.at("begin").to_number<std::size_t>();
  auto const te = o.at("end").to_number<std::size_t>();
  CHECK(o.at("text").as_string() == r->text.substr(tb, te - tb));

  auto const none = depeche::test::attribute("Le Kremlin a démenti.");
  REQUIRE(none->all.size() == 1);
  auto const o2 = depeche::io::to_json(none->all[0], none->text);
  CHECK(o2.at("quote").is_null());
  CHECK(o2.at("source").as_object().at("acronym").is_null());
  CHECK(o2.at("negated").as_bool());
}
