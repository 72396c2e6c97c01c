// SPDX-License-Identifier: MIT
// Runs the depeche-extract CLI as a user would and checks its JSON Lines contract: exit status,
// error records, and that every entity's `text` is exactly the original bytes [begin, end).
#include <boost/json.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/wait.h>
#define DEPECHE_TEST_HAS_POPEN 1
#endif

namespace json = boost::json;
namespace fs = std::filesystem;

namespace {

struct run_result {
  int status = -1;
  std::vector<json::value> records;  // one per output line
  std::size_t bad_lines = 0;          // output lines that are not JSON
};

std::string read_file(fs::path const& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(fs::path const& p, std::string_view bytes) {
  std::ofstream out(p, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

#ifdef DEPECHE_TEST_HAS_POPEN
/// Runs depeche-extract with `args` (already shell-quoted) and parses its standard output.
run_result run(std::string const& args) {
  run_result r;
  std::string const cmd = std::string("'") + DEPECHE_EXTRACT_EXE + "' " + args + " 2>/dev/null";
  FILE* pipe = popen(cmd.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string out;
  char buf[4096];
  for (std::size_t k; (k = std::fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, k);
  int const st = pclose(pipe);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  std::string_view rest = out;
  while (!rest.empty()) {
    auto const nl = rest.find('\n');
    auto const line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    if (line.empty()) continue;
    boost::system::error_code ec;
    auto v = json::parse(line, ec);
    if (ec) ++r.bad_lines;
    else r.records.push_back(std::move(v));
  }
  return r;
}
#endif

/// Checks every object with `begin`, `end` and `text` anywhere under `v` against `original`;
/// returns how many it checked.
std::size_t check_spans(json::value const& v, std::string_view original) {
  std::size_t n = 0;
  if (auto const* a = v.if_array()) {
    for (auto const& x : *a) n += check_spans(x, original);
  } else if (auto const* o = v.if_object()) {
    auto const* b = o->if_contains("begin");
    auto const* e = o->if_contains("end");
    auto const* t = o->if_contains("text");
    if (b && e && t && b->is_number() && e->is_number() && t->is_string()) {
      auto const begin = b->to_number<std::uint64_t>();
      auto const end = e->to_number<std::uint64_t>();
      CAPTURE(json::serialize(*o));
      REQUIRE(begin <= end);
      REQUIRE(end <= original.size());
      CHECK(original.substr(begin, end - begin) == std::string_view(t->get_string()));
      ++n;
    }
    for (auto const& kv : *o) n += check_spans(kv.value(), original);
  }
  return n;
}

fs::path scratch(std::string_view name) {
  auto const dir = fs::path(DEPECHE_TEST_SCRATCH);
  fs::create_directories(dir);
  return dir / name;
}

} // namespace

#ifdef DEPECHE_TEST_HAS_POPEN
TEST_CASE("depeche-extract: a text file") {
  auto const path = fs::path(DEPECHE_SOURCE_DIR) / "examples" / "data" / "sample-article.txt";
  auto const original = read_file(path);
  REQUIRE(!original.empty());
  auto const r = run("--layers all '" + path.string() + "'");
  CHECK(r.status == 0);
  CHECK(r.bad_lines == 0);
  REQUIRE(r.records.size() == 1);
  auto const& rec = r.records[0].as_object();
  CHECK(rec.at("id").as_string() == path.string());
  CHECK_FALSE(rec.contains("error"));
  CHECK(rec.at("tokens").as_array().size() > 100);
  CHECK(rec.at("sentences").as_array().size() > 5);
  CHECK(check_spans(r.records[0], original) > 100);
}

TEST_CASE("depeche-extract: JSON Lines with a malformed line") {
  // NBSP and NNBSP as JSON escapes; « l’ » with a typographic apostrophe
  std::string const first = "Selon l\u2019arm\u00e9e, 12\u202f000 soldats ont \u00e9t\u00e9 d\u00e9ploy\u00e9s. "
                            "Le NIS l\u2019a confirm\u00e9 mardi\u00a0!";
  std::string const last = "Trois jours plus tard, M. Dupont a d\u00e9menti : \u00ab rien de tel \u00bb.";
  auto const input = scratch("mixed.jsonl");
  write_file(input, "{\"id\": 1, \"text\": " + json::serialize(json::string(first)) + "}\n"
                    "{\"id\": \"sans-texte\", \"text\": 12}\n"
                    "ceci n'est pas du JSON\n"
                    "\n"
                    "{\"id\": 4, \"text\": " + json::serialize(json::string(last)) + ", \"reference_date\": \"2025-03-04\"}\n");
  auto const r = run("--input jsonl --layers all '" + input.string() + "'");
  CHECK(r.status == 1);
  CHECK(r.bad_lines == 0);
  REQUIRE(r.records.size() == 4);
  // good records: layers, and exact spans
  auto const& a = r.records[0].as_object();
  CHECK(a.at("id") == json::value(1));
  CHECK_FALSE(a.contains("error"));
  CHECK(check_spans(r.records[0], first) > 10);
  auto const& d = r.records[3].as_object();
  CHECK(d.at("id") == json::value(4));
  CHECK(check_spans(r.records[3], last) > 10);
  // bad records: an error object, the id when there is one
  auto const& b = r.records[1].as_object();
  CHECK(b.at("id").as_string() == "sans-texte");
  REQUIRE(b.contains("error"));
  CHECK(b.at("error").as_object().at("code").as_string() == "bad_record");
  auto const& c = r.records[2].as_object();
  REQUIRE(c.contains("error"));
  CHECK(c.at("error").as_object().at("code").as_string() == "bad_record");
  CHECK(std::string_view(c.at("id").as_string()).ends_with(":3"));
}

TEST_CASE("depeche-extract: invalid UTF-8 and usage errors") {
  auto const input = scratch("invalid.txt");
  write_file(input, "Le 26 avril \xC3(");
  auto const r = run("'" + input.string() + "'");
  CHECK(r.status == 1);
  REQUIRE(r.records.size() == 1);
  auto const& e = r.records[0].as_object().at("error").as_object();
  CHECK(e.at("code").as_string() == "invalid_utf8");
  CHECK(e.at("offset") == json::value(12));
  auto const replaced = run("--invalid-utf8 replace --layers tokens '" + input.string() + "'");
  CHECK(replaced.status == 0);
  REQUIRE(replaced.records.size() == 1);
  CHECK(replaced.records[0].as_object().contains("tokens"));
  CHECK(run("--layers nope '" + input.string() + "'").status == 2);
  CHECK(run("--bogus").status == 2);
}

/// Runs depeche-extract with `args`; returns {exit status, stdout bytes, stderr bytes}.
struct raw_run {
  int status = -1;
  std::string out, err;
};
raw_run run_raw(std::string const& args, std::string_view tag) {
  auto const out = scratch(std::string(tag) + ".out");
  auto const err = scratch(std::string(tag) + ".err");
  std::string const cmd = std::string("'") + DEPECHE_EXTRACT_EXE + "' " + args + " >'" + out.string() + "' 2>'" +
                          err.string() + "'";
  int const st = std::system(cmd.c_str());
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, read_file(out), read_file(err)};
}

TEST_CASE("depeche-extract: --jobs N writes the same bytes, in the same order, as --jobs 1") {
  // many JSON Lines documents of varied length, with bad lines among them
  std::string const sentences[] = {
      "Selon la pr\u00e9fecture, 1\u202f200 personnes ont \u00e9t\u00e9 \u00e9vacu\u00e9es mardi.",
      "Le budget de la D\u00e9fense atteindra 50,5 milliards d\u2019euros en 2025, a annonc\u00e9 le ministre.",
      "\u00ab Nous ne c\u00e9derons pas \u00bb, a d\u00e9clar\u00e9 la maire de Lille, jeudi 6 mars.",
      "Les prix ont augment\u00e9 de 2,4 % sur un an en f\u00e9vrier, d\u2019apr\u00e8s l\u2019Insee.",
      "Environ 300 km\u00b2 de for\u00eat ont br\u00fbl\u00e9 depuis le 12 juillet, selon les pompiers."};
  std::string jsonl;
  for (int i = 0; i < 60; ++i) {
    std::string text;
    for (int k = 0; k <= i % 7; ++k) text += sentences[(i + k) % 5] + " ";
    if (i % 9 == 4) jsonl += "{\"id\": " + std::to_string(i) + ", \"text\": 3}\n";      // no string text
    else if (i % 13 == 6) jsonl += "pas du JSON \xC3(\n";                                 // malformed line
    else
      jsonl += "{\"id\": " + std::to_string(i) + ", \"text\": \"" + text + "\", \"reference_date\": \"2025-03-0" +
               std::to_string(1 + i % 9) + "\"}\n";
  }
  auto const input = scratch("jobs.jsonl");
  write_file(input, jsonl);
  auto const one = run_raw("--input jsonl --layers all --jobs 1 '" + input.string() + "'", "jobs1");
  CHECK(one.status == 1);  // the bad lines
  CHECK(std::count(one.out.begin(), one.out.end(), '\n') == 60);
  for (char const* jobs : {"2", "3", "0", "16"}) {
    CAPTURE(jobs);
    auto const many = run_raw("--input jsonl --layers all --jobs " + std::string(jobs) + " '" + input.string() + "'",
                              std::string("jobs") + jobs);
    CHECK(many.status == one.status);
    CHECK(many.out == one.out);
    CHECK(many.err == one.err);
  }
  // text files, one of them missing and one not UTF-8: same bytes, same order
  auto const bad = scratch("jobs-invalid.txt");
  write_file(bad, "Le 26 avril \xC3(");
  auto const sample = (fs::path(DEPECHE_SOURCE_DIR) / "examples" / "data" / "sample-article.txt").string();
  std::string const files = "'" + sample + "' '" + bad.string() + "' '" + scratch("absent.txt").string() + "' '" +
                            sample + "' '" + input.string() + "'";
  auto const t1 = run_raw("--layers numbers,dates,claims " + files, "text1");
  auto const t2 = run_raw("--jobs=2 --layers numbers,dates,claims " + files, "text2");
  CHECK(t1.status == 1);
  CHECK(std::count(t1.out.begin(), t1.out.end(), '\n') == 5);
  CHECK(t2.status == t1.status);
  CHECK(t2.out == t1.out);
  CHECK(t2.err == t1.err);
  // usage
  CHECK(run("--jobs x '" + sample + "'").status == 2);
  CHECK(run("--jobs").status == 2);
  CHECK(run_raw("--help", "help").err.find("--jobs N") != std::string::npos);
}
#else
TEST_CASE("depeche-extract: skipped") { MESSAGE("no popen on this platform: CLI tests skipped"); }
#endif
