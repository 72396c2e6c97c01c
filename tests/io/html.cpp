// SPDX-License-Identifier: MIT
#include <depeche/io/html.hpp>

#include <doctest/doctest.h>

using depeche::io::highlight;

TEST_CASE("io::render_html nests overlapping highlights and escapes text") {
  std::string const text = "Selon l'Insee, les prix ont reculé de 12 % <en> février.";
  auto at = [&](std::string_view s) { return static_cast<std::uint32_t>(text.find(s)); };
  auto const q = at("12 %");
  auto const f = at("février");
  std::vector<highlight> hs{{0, 13, "source", "organization"},
                            {q, q + 4, "quantity", "value 12, unit %"},
                            {15, static_cast<std::uint32_t>(text.size() - 1), "quote", "content"},
                            {f, f + 8, "date", "XXXX-02"}};
  auto const page = depeche::io::render_html("Test & essai", text, hs, {{"Claims", {"claim", "source"}, {{"a<b", "c"}}}});
  CHECK(page.find("<title>Test &amp; essai</title>") != std::string::npos);
  CHECK(page.find("<span class=\"hl source\" title=\"organization\">Selon l&#39;Inse") != std::string::npos);
  // the quantity inside the quote: two nested spans around « 12 % »
  CHECK(page.find("<span class=\"hl quote\" title=\"content\"><span class=\"hl quantity\" title=\"value 12, unit %\">12 %"
                  "</span></span>") != std::string::npos);
  CHECK(page.find("&lt;en&gt;") != std::string::npos);
  CHECK(page.find("<td>a&lt;b</td>") != std::string::npos);
  CHECK(page.find("http") == std::string::npos);  // self-contained: no external resource
}

TEST_CASE("io::render_html survives bad offsets and bad bytes") {
  std::string const text = "ab\xFF" "cd";
  auto const page = depeche::io::render_html("t", text, {{4, 99, "date", "x"}, {3, 3, "cue", ""}, {9, 12, "quote", ""}}, {});
  CHECK(page.find("ab\xEF\xBF\xBD" "c<span class=\"hl date\" title=\"x\">d</span>") != std::string::npos);
}
