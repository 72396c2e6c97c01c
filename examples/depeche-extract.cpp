// SPDX-License-Identifier: MIT
// depeche-extract: French news text in, one JSON Lines record per document out.
//
//   depeche-extract [--input text|jsonl] [--layers L1,L2,...|all] [--reference-date DATE]
//                   [--format jsonl|pretty|html] [--invalid-utf8 reject|replace] [--jobs N] [FILE...]
//
// --jobs N analyses up to N documents at a time on N threads (0: one per core); the output is the
// same, byte for byte and in the same order, as with --jobs 1 (the default).
//
// Every entity carries `begin`/`end` (UTF-8 byte offsets into the document's text as given) and
// `text` (exactly those bytes). Exit status: 0 all documents processed, 1 some document failed
// (an error record was written for it), 2 usage error.
#include <depeche/batch.hpp>
#include <depeche/extract.hpp>
#include <depeche/io/attributions_json.hpp>
#include <depeche/io/claims_json.hpp>
#include <depeche/io/report.hpp>
#include <depeche/io/dates.hpp>
#include <depeche/io/json.hpp>
#include <depeche/io/quantities_json.hpp>
#include <depeche/recognize/attributions.hpp>
#include <depeche/recognize/context.hpp>
#include <depeche/recognize/numbers.hpp>
#include <depeche/recognize/quantities.hpp>
#include <depeche/reference.hpp>
#include <depeche/text.hpp>
#include <depeche/tokenize.hpp>

#include <boost/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace json = boost::json;
using namespace std::string_view_literals;

/// Everything the layers of one document share: computed once, read by each layer.
struct analysis {
  std::string_view original;
  depeche::text::document doc;
  std::vector<depeche::tokenize::token> tokens;
  std::vector<depeche::tokenize::sentence> sentences;
  std::optional<depeche::reference_time> reference;
  /// Tokens, sentences and folded text as recognizers read them; built once per document.
  std::optional<depeche::recognize::analysis> rec;
  [[nodiscard]] depeche::recognize::context ctx() const { return rec->view(); }

  // Records of the default pipeline, computed on first use and shared by the layers (the claims
  // layer reads the quantities, dates and attributions the other layers print).
  mutable std::optional<std::vector<depeche::recognize::number_mention>> numbers_;
  mutable std::optional<std::vector<depeche::recognize::quantity>> quantities_;
  mutable std::optional<std::vector<depeche::recognize::temporal>> dates_;
  mutable std::optional<std::vector<depeche::recognize::attribution>> attributions_;
  mutable std::optional<depeche::extraction> extraction_;

  [[nodiscard]] depeche::extractor::pipeline_type const& pipeline() const {
    return depeche::default_extractor().pipeline();
  }
  auto const& numbers() const {
    if (!numbers_) numbers_ = pipeline().get<0>().find(ctx());
    return *numbers_;
  }
  auto const& quantities() const {
    if (!quantities_) quantities_ = pipeline().get<1>().find(ctx());
    return *quantities_;
  }
  auto const& dates() const {
    if (!dates_) dates_ = pipeline().get<2>().find(ctx());
    return *dates_;
  }
  auto const& attributions() const {
    if (!attributions_) attributions_ = pipeline().get<3>().find(ctx());
    return *attributions_;
  }
  /// Everything, with claims (the records are those of the layers above).
  depeche::extraction const& extraction() const {
    if (!extraction_) {
      depeche::extraction x;
      auto const c = ctx();
      x.sentences = sentences;
      x.numbers = numbers();
      x.quantities = quantities();
      x.dates = dates();
      x.attributions = attributions();
      x.lines = depeche::claims::boilerplate_detector{}.classify(c.folded, c.tokens);
      x.claims = depeche::claims::assemble<depeche::recognize::quantity, depeche::recognize::temporal,
                                           depeche::recognize::attribution>(c, x.quantities, x.dates,
                                                                            x.attributions, x.lines);
      extraction_ = std::move(x);
    }
    return *extraction_;
  }
};

using layer_fn = json::array (*)(analysis const&);

json::array tokens_layer(analysis const& a) {
  json::array out;
  out.reserve(a.tokens.size());
  for (auto const& t : a.tokens) out.emplace_back(depeche::io::to_json(t, a.original));
  return out;
}

json::array sentences_layer(analysis const& a) {
  json::array out;
  out.reserve(a.sentences.size());
  for (auto const& s : a.sentences) out.emplace_back(depeche::io::to_json(s, a.original));
  return out;
}

json::array numbers_layer(analysis const& a) {
  json::array out;
  for (auto const& n : a.numbers()) out.emplace_back(depeche::io::to_json(n, a.original));
  return out;
}

json::array quantities_layer(analysis const& a) {
  json::array out;
  for (auto const& x : a.quantities()) out.emplace_back(depeche::io::to_json(x, a.original));
  return out;
}

/// Temporal expressions resolved to TIMEX3 against --reference-date, the record's reference_date,
/// or else the document's own date when one is found near its top.
json::array dates_layer(analysis const& a) {
  json::array out;
  for (auto const& t : a.dates()) out.emplace_back(depeche::io::to_json(t, a.original));
  return out;
}

/// Who says what: cue, source (typed, with a per-document id), content, quote, modality.
json::array attributions_layer(analysis const& a) {
  json::array out;
  for (auto const& x : a.attributions()) out.emplace_back(depeche::io::to_json(x, a.original));
  return out;
}

/// Claims: statements with their quantities, dates and attributions (indices into those layers).
json::array claims_layer(analysis const& a) {
  json::array out;
  for (auto const& c : a.extraction().claims) out.emplace_back(depeche::io::to_json(c, a.original));
  return out;
}

struct layer {
  std::string_view name;
  layer_fn run;
};

/// The layers, in output order. Each later issue adds its own entry.
constexpr layer all_layers[] = {
    {"tokens"sv, &tokens_layer},
    {"sentences"sv, &sentences_layer},
    {"numbers"sv, &numbers_layer},
    {"quantities"sv, &quantities_layer},
    {"dates"sv, &dates_layer},
    {"attributions"sv, &attributions_layer},
    {"claims"sv, &claims_layer},
};

enum class output_format { jsonl, pretty, html };

struct options {
  bool jsonl_input = false;
  output_format format = output_format::jsonl;
  std::vector<layer const*> layers;
  std::optional<depeche::reference_time> reference;
  depeche::text::normalize_options normalize;
  unsigned jobs = 1;  ///< --jobs: documents analysed at a time, each on its own thread
  std::vector<std::string> files;
};

[[noreturn]] void usage_error(std::string_view msg) {
  std::cerr << "depeche-extract: " << msg << "\n"
            << "usage: depeche-extract [--input text|jsonl] [--layers L1,L2,...|all] "
               "[--reference-date YYYY-MM-DD[THH:MM[:SS][±HH:MM]]] [--format jsonl|pretty|html] "
               "[--invalid-utf8 reject|replace] [--jobs N] [FILE...]\n"
            << "  --jobs N   analyse N documents at a time on N threads (0: one per core; default 1);\n"
            << "             the output is identical to --jobs 1, in the same order\n"
            << "layers:";
  for (auto const& l : all_layers) std::cerr << ' ' << l.name;
  std::cerr << '\n';
  std::exit(2);
}

options parse_args(int argc, char** argv) {
  options o;
  std::string layers = "tokens,sentences";
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    auto value = [&](std::string_view name) -> std::string_view {
      if (auto eq = arg.find('='); eq != std::string_view::npos) return arg.substr(eq + 1);
      if (i + 1 >= argc) usage_error(std::string(name) + " needs a value");
      return argv[++i];
    };
    auto is = [&](std::string_view name) { return arg == name || arg.starts_with(std::string(name) + "="); };
    if (is("--input")) {
      auto v = value("--input");
      if (v == "text") o.jsonl_input = false;
      else if (v == "jsonl") o.jsonl_input = true;
      else usage_error("unknown input format '" + std::string(v) + "' (expected text or jsonl)");
    } else if (is("--format")) {
      auto v = value("--format");
      if (v == "jsonl") o.format = output_format::jsonl;
      else if (v == "pretty") o.format = output_format::pretty;
      else if (v == "html") o.format = output_format::html;
      else usage_error("unknown format '" + std::string(v) + "' (expected jsonl, pretty or html)");
    } else if (is("--layers")) {
      layers = value("--layers");
    } else if (is("--reference-date")) {
      auto v = value("--reference-date");
      auto r = depeche::parse_reference_time(v);
      if (!r) usage_error("invalid --reference-date '" + std::string(v) + "' (expected YYYY-MM-DD[THH:MM[:SS][±HH:MM]])");
      o.reference = *r;
    } else if (is("--invalid-utf8")) {
      auto v = value("--invalid-utf8");
      if (v == "reject") o.normalize.invalid = depeche::text::invalid_utf8_policy::reject;
      else if (v == "replace") o.normalize.invalid = depeche::text::invalid_utf8_policy::replace;
      else usage_error("unknown --invalid-utf8 policy '" + std::string(v) + "'");
    } else if (is("--jobs")) {
      auto const v = value("--jobs");
      unsigned n = 0;
      bool valid = !v.empty() && v.size() <= 4;
      for (char c : v) {
        if (c < '0' || c > '9') valid = false;
        else n = n * 10 + static_cast<unsigned>(c - '0');
      }
      if (!valid) usage_error("invalid --jobs '" + std::string(v) + "' (expected a number of threads, 0 = one per core)");
      o.jobs = n == 0 ? depeche::hardware_threads() : n;
    } else if (arg == "--help" || arg == "-h") {
      usage_error("help");
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      usage_error("unknown option '" + std::string(arg) + "'");
    } else {
      o.files.emplace_back(arg);
    }
  }
  std::string_view rest = layers;
  while (!rest.empty()) {
    auto const comma = rest.find(',');
    auto const name = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    if (name.empty()) continue;
    if (name == "all") {
      for (auto const& l : all_layers) o.layers.push_back(&l);
      continue;
    }
    layer const* found = nullptr;
    for (auto const& l : all_layers)
      if (l.name == name) found = &l;
    if (!found) usage_error("unknown layer '" + std::string(name) + "'");
    o.layers.push_back(found);
  }
  if (o.layers.empty()) usage_error("no layer requested");
  return o;
}

json::object error_record(json::value const& id, std::string_view code, std::string_view message,
                          std::optional<std::uint32_t> offset) {
  json::object e{{"code", code}, {"message", message}};
  if (offset) e["offset"] = *offset;
  return json::object{{"id", id}, {"error", std::move(e)}};
}

output_format g_format = output_format::jsonl;

/// One record: a line of JSON, or (--format pretty) an indented document.
std::string render(json::object const& o) {
  std::string line;
  if (g_format == output_format::pretty) depeche::io::append_pretty(line, o);
  else line = json::serialize(o);
  line.push_back('\n');
  return line;
}

/// What one input (a document, or a line that is not one) produces: its stdout and stderr bytes.
struct output {
  std::string out;    ///< record(s) or HTML page
  std::string err;    ///< messages
  bool ok = true;     ///< false when the input failed (an error record was written for it)
  bool page = false;  ///< out is an HTML page (--format html writes one)
};

/// An input waiting for its output: a document to analyse, or an output already decided.
struct job {
  json::value id;
  std::string text;
  std::optional<depeche::reference_time> reference;
  std::optional<output> done;
};

/// Analyses one document and renders its record. Runs on any thread: reads only its arguments.
output process(options const& opts, json::value const& id, std::string_view text,
               std::optional<depeche::reference_time> reference) {
  output res;
  auto doc = depeche::text::prepare(text, opts.normalize);
  if (!doc) {
    auto const e = doc.error();
    res.err = "depeche-extract: " + json::serialize(id) + ": " + std::string(depeche::message(e.code)) +
              " at byte " + std::to_string(e.offset) + '\n';
    res.out = render(error_record(id, e.code == depeche::errc::invalid_utf8 ? "invalid_utf8" : "invalid_input",
                                  depeche::message(e.code), e.offset));
    res.ok = false;
    return res;
  }
  analysis a{text, std::move(*doc), {}, {}, reference ? reference : opts.reference, std::nullopt, {}, {}, {}, {}, {}};
  a.rec.emplace(a.doc, a.reference);
  a.tokens = a.rec->tokens();
  a.sentences = a.rec->sentences();
  if (opts.format == output_format::html) {
    // one self-contained page; errors (bad UTF-8) still come out as JSON records
    std::string title = id.is_string() ? std::string(id.get_string()) : json::serialize(id);
    res.out = depeche::io::html_report("depeche — " + title, text, a.extraction());
    res.page = true;
    return res;
  }
  json::object out;
  out["id"] = id;
  for (auto const* l : opts.layers) out[l->name] = l->run(a);
  res.out = render(out);
  return res;
}

/// Inputs in reading order, analysed `opts.jobs` at a time and written in that same order.
class ordered_output {
public:
  explicit ordered_output(options const& opts) : opts_(opts) {}

  /// A document to analyse.
  void add(json::value id, std::string text, std::optional<depeche::reference_time> reference) {
    push(job{std::move(id), std::move(text), reference, std::nullopt});
  }
  /// An input whose output is already known (a malformed line, a file that cannot be read).
  void add(json::value id, output done) { push(job{std::move(id), {}, std::nullopt, std::move(done)}); }

  /// Analyses what is pending (in parallel) and writes it in order. Returns false once any input failed.
  bool flush() {
    depeche::parallel_for(pending_.size(), opts_.jobs, [&](std::size_t i) {
      auto& j = pending_[i];
      if (!j.done) j.done = process(opts_, j.id, j.text, j.reference);
    });
    for (auto& j : pending_) {
      auto const& o = *j.done;
      if (o.page && page_written_) {
        std::fflush(stdout);
        std::cerr << "depeche-extract: --format html writes one page: give one document\n";
        std::exit(2);
      }
      page_written_ = page_written_ || o.page;
      if (!o.err.empty()) std::cerr << o.err;
      std::fwrite(o.out.data(), 1, o.out.size(), stdout);
      ok_ = ok_ && o.ok;
    }
    pending_.clear();
    return ok_;
  }

private:
  void push(job j) {
    pending_.push_back(std::move(j));
    // with one job, each input is written as soon as it is read (streaming, as before --jobs)
    if (pending_.size() >= std::size_t{opts_.jobs} * 8) flush();
  }

  options const& opts_;
  std::vector<job> pending_;
  bool ok_ = true;
  bool page_written_ = false;
};

bool read_all(std::istream& in, std::string& out) {
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

/// `--input jsonl`: one `{"id", "text", "reference_date"?}` object per line.
void process_jsonl(ordered_output& sink, std::istream& in, std::string_view source) {
  std::string line;
  std::uint64_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json::value fallback_id = json::string(std::string(source) + ":" + std::to_string(line_no));
    auto fail = [&](json::value const& id, std::string_view msg) {
      output o;
      o.err = "depeche-extract: " + std::string(source) + ":" + std::to_string(line_no) + ": " + std::string(msg) + '\n';
      o.out = render(error_record(id, "bad_record", msg, std::nullopt));
      o.ok = false;
      sink.add(id, std::move(o));
    };
    boost::system::error_code ec;
    json::value v = json::parse(line, ec);
    if (ec) { fail(fallback_id, "malformed JSON: " + ec.message()); continue; }
    auto const* obj = v.if_object();
    if (!obj) { fail(fallback_id, "record is not a JSON object"); continue; }
    json::value id = fallback_id;
    if (auto const* p = obj->if_contains("id")) id = *p;
    auto const* t = obj->if_contains("text");
    if (!t || !t->is_string()) { fail(id, "record has no string field \"text\""); continue; }
    std::optional<depeche::reference_time> ref;
    if (auto const* r = obj->if_contains("reference_date"); r && !r->is_null()) {
      if (!r->is_string()) { fail(id, "\"reference_date\" is not a string"); continue; }
      auto parsed = depeche::parse_reference_time(std::string_view(r->get_string()));
      if (!parsed) { fail(id, "invalid \"reference_date\""); continue; }
      ref = *parsed;
    }
    auto const& s = t->get_string();
    sink.add(std::move(id), std::string(s.data(), s.size()), ref);
  }
}

} // namespace

#ifndef DEPECHE_TEST
int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  auto const opts = parse_args(argc, argv);
  g_format = opts.format;
  auto files = opts.files;
  if (files.empty()) files.emplace_back("-");
  ordered_output sink(opts);
  for (auto const& f : files) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (f != "-") {
      file.open(f, std::ios::binary);
      if (!file) {
        output o;
        o.err = "depeche-extract: cannot open " + f + '\n';
        o.out = render(error_record(json::string(f), "io_error", "cannot open file", std::nullopt));
        o.ok = false;
        sink.add(json::string(f), std::move(o));
        continue;
      }
      in = &file;
    }
    if (opts.jsonl_input) {
      process_jsonl(sink, *in, f);
    } else {
      std::string text;
      if (!read_all(*in, text)) {
        output o;
        o.err = "depeche-extract: read error on " + f + '\n';
        o.ok = false;
        sink.add(json::string(f), std::move(o));
        continue;
      }
      sink.add(json::string(f), std::move(text), std::nullopt);
    }
  }
  bool const ok = sink.flush();
  std::fflush(stdout);
  return ok ? 0 : 1;
}
#endif
