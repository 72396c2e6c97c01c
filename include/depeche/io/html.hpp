// SPDX-License-Identifier: MIT
// A self-contained HTML report: the article with highlighted spans and a table, no external resources.
#ifndef DEPECHE_IO_HTML_HPP_INCLUDED
#define DEPECHE_IO_HTML_HPP_INCLUDED

#include <depeche/text/utf8.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace depeche::io {

/// A highlighted span of the original text: `kind` is a CSS class (`date`, `quantity`, `source`,
/// `quote`, `cue`, ...), `details` the hover text (value, unit, TIMEX, source type).
struct highlight {
  std::uint32_t begin = 0, end = 0;
  std::string kind;
  std::string details;
};

/// A table under the article: a header row and rows of cells (plain text, escaped on output).
struct html_table {
  std::string caption;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

/// Appends `s` to `out` with HTML special characters escaped and invalid UTF-8 replaced by U+FFFD.
inline void append_escaped(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto const c = s[i];
    switch (c) {
    case '&': out += "&amp;"; ++i; continue;
    case '<': out += "&lt;"; ++i; continue;
    case '>': out += "&gt;"; ++i; continue;
    case '"': out += "&quot;"; ++i; continue;
    case '\'': out += "&#39;"; ++i; continue;
    case '\0': out += "&#xFFFD;"; ++i; continue;
    default: break;
    }
    if (static_cast<unsigned char>(c) < 0x80) {
      out.push_back(c);
      ++i;
      continue;
    }
    auto const d = text::decode(s, i);
    if (d.length == 0) {
      out += "\xEF\xBF\xBD";
      i += d.invalid_length;
    } else {
      out.append(s.substr(i, d.length));
      i += d.length;
    }
  }
}

/// Renders one HTML page: `original` with the highlights (nested or overlapping spans are split
/// into segments, each wrapped in one element per active highlight), a legend with a toggle per
/// kind, and the tables. Offsets are clamped to the text; empty highlights are ignored.
[[nodiscard]] inline std::string render_html(std::string_view title, std::string_view original,
                                             std::vector<highlight> const& highlights,
                                             std::vector<html_table> const& tables) {
  auto const n = static_cast<std::uint32_t>(original.size());
  std::vector<std::uint32_t> cuts{0, n};
  for (auto const& h : highlights) {
    if (h.begin >= h.end || h.begin >= n) continue;
    cuts.push_back(h.begin);
    cuts.push_back(std::min(h.end, n));
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  // highlights sorted by begin, longer first, so that outer spans open first
  std::vector<std::size_t> order(highlights.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    auto const& x = highlights[a];
    auto const& y = highlights[b];
    return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
  });

  std::vector<std::string> kinds;
  for (auto const& h : highlights)
    if (std::find(kinds.begin(), kinds.end(), h.kind) == kinds.end()) kinds.push_back(h.kind);

  std::string out;
  out.reserve(original.size() * 2 + 4096);
  out += "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
  append_escaped(out, title);
  out += "</title>\n<style>\n"
         "body{font-family:Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.55}\n"
         "h1{font-size:1.3rem}.article{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;background:#fff}\n"
         ".hl{border-radius:3px;padding:0 1px;cursor:help}\n"
         ".date{background:#cfe8ff}.quantity{background:#d5f5d0}.source{background:#ffe0b3;font-weight:bold}\n"
         ".quote{background:#f0e0ff}.cue{text-decoration:underline 2px #c0392b}.boilerplate{color:#999}\n"
         ".legend span{margin-right:1rem}table{border-collapse:collapse;margin-top:1.5rem;width:100%;font-size:.9rem}\n"
         "td,th{border:1px solid #ccc;padding:.3rem;vertical-align:top;text-align:left}th{background:#f4f4f4}\n"
         "body.hide-date .date,body.hide-quantity .quantity,body.hide-source .source,body.hide-quote .quote,"
         "body.hide-cue .cue{background:none;text-decoration:none;font-weight:normal}\n"
         "</style>\n</head>\n<body>\n<h1>";
  append_escaped(out, title);
  out += "</h1>\n<p class=\"legend\">";
  for (auto const& k : kinds) {
    out += "<span><label><input type=\"checkbox\" checked data-kind=\"";
    append_escaped(out, k);
    out += "\"> <span class=\"hl ";
    append_escaped(out, k);
    out += "\">";
    append_escaped(out, k);
    out += "</span></label></span>";
  }
  out += "</p>\n<div class=\"article\">";

  std::vector<std::size_t> active;
  std::size_t next = 0;
  for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
    auto const b = cuts[c], e = cuts[c + 1];
    active.erase(std::remove_if(active.begin(), active.end(),
                                [&](std::size_t k) { return std::min(highlights[k].end, n) <= b; }),
                 active.end());
    while (next < order.size() && highlights[order[next]].begin <= b) {
      auto const& h = highlights[order[next]];
      if (h.begin < h.end && std::min(h.end, n) > b) active.push_back(order[next]);
      ++next;
    }
    for (auto k : active) {
      out += "<span class=\"hl ";
      append_escaped(out, highlights[k].kind);
      out += "\" title=\"";
      append_escaped(out, highlights[k].details);
      out += "\">";
    }
    append_escaped(out, original.substr(b, e - b));
    for (std::size_t k = 0; k < active.size(); ++k) out += "</span>";
  }
  out += "</div>\n";

  for (auto const& t : tables) {
    out += "<table>\n<caption>";
    append_escaped(out, t.caption);
    out += "</caption>\n<tr>";
    for (auto const& h : t.header) {
      out += "<th>";
      append_escaped(out, h);
      out += "</th>";
    }
    out += "</tr>\n";
    for (auto const& r : t.rows) {
      out += "<tr>";
      for (auto const& cell : r) {
        out += "<td>";
        append_escaped(out, cell);
        out += "</td>";
      }
      out += "</tr>\n";
    }
    out += "</table>\n";
  }
  out += "<script>\n"
         "document.querySelectorAll('input[data-kind]').forEach(function (box) {\n"
         "  box.addEventListener('change', function () {\n"
         "    document.body.classList.toggle('hide-' + box.dataset.kind, !box.checked);\n"
         "  });\n"
         "});\n"
         "</script>\n</body>\n</html>\n";
  return out;
}

} // namespace depeche::io

#endif
