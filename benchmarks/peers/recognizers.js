#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Microsoft Recognizers-Text (French) harness for benchmarks/compare_peers.sh.
//
//   node recognizers.js bench FILE [--bytes N] [--warmup-bytes N]
//       Times each French model over the first N bytes of FILE (cut at a line end), one query per
//       non-empty line, after a warm-up pass over the first --warmup-bytes (not timed). Prints JSON:
//       {"peer", "version", "bytes", "lines", "models": {name: {"seconds", "cpu_seconds", "entities"}},
//       "all": {...}} (seconds = wall clock, cpu_seconds = user + system time of the process).
//   node recognizers.js entities FILE [--normalize-spaces] [--list]
//       Runs every model over FILE (one query per line) and prints JSON {"bytes", "models": {name:
//       count, "number_un_une": how many numbers are « un »/« une »}}; with --list also the entities
//       (model, text, UTF-8 byte offsets, resolution).
//   node recognizers.js nbsp FILE...
//       Finds the numbers grouped by thousands (« 29 800 ») in the files, writes each one with a
//       plain space, an NBSP and an NNBSP as separator (French typography uses the last two) and
//       counts how often the number model reads it with its full value. Prints JSON with the counts
//       and misread examples.
//
// Models: number, and number-with-unit (currency, dimension, temperature, age), and datetime, all
// for Culture.French, built once (model construction is not timed). Reference date: 2025-05-01.
"use strict";

const fs = require("fs");
const path = require("path");

function load(name) {
  try {
    return require(path.join(__dirname, "node", "node_modules", name));
  } catch (e) {
    process.stderr.write(`recognizers.js: cannot load ${name} (run scripts/install-peers): ${e.message}\n`);
    process.exit(3);
  }
}
const N = load("@microsoft/recognizers-text-number");
const U = load("@microsoft/recognizers-text-number-with-unit");
const D = load("@microsoft/recognizers-text-date-time");
const version = load("@microsoft/recognizers-text-suite/package.json").version;

const culture = N.Culture.French;
const reference = new Date(2025, 4, 1, 12, 0, 0);

function buildModels() {
  const units = new U.NumberWithUnitRecognizer(culture);
  const dt = new D.DateTimeRecognizer(culture).getDateTimeModel();
  return [
    ["number", new N.NumberRecognizer(culture).getNumberModel(), false],
    ["currency", units.getCurrencyModel(), false],
    ["dimension", units.getDimensionModel(), false],
    ["temperature", units.getTemperatureModel(), false],
    ["age", units.getAgeModel(), false],
    ["datetime", dt, true],
  ];
}

function run(model, isDate, text) {
  return isDate ? model.parse(text, reference) : model.parse(text);
}

function parseArgs(argv) {
  const o = { files: [], bytes: 32768, warmupBytes: 4096, normalize: false, list: false };
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    if (a === "--bytes") o.bytes = Number(argv[++i]);
    else if (a === "--warmup-bytes") o.warmupBytes = Number(argv[++i]);
    else if (a === "--normalize-spaces") o.normalize = true;
    else if (a === "--list") o.list = true;
    else if (a.startsWith("--")) {
      process.stderr.write(`recognizers.js: unknown option ${a}\n`);
      process.exit(2);
    } else o.files.push(a);
  }
  return o;
}

/// The first `n` bytes of `buf`, cut back to the last line end (whole lines only).
function prefix(buf, n) {
  if (buf.length <= n) return buf.toString("utf8");
  let end = buf.lastIndexOf(0x0a, n);
  if (end <= 0) end = n;
  return buf.subarray(0, end + 1).toString("utf8");
}

/// Non-empty lines with the UTF-8 byte offset where each starts.
function lines(text) {
  const out = [];
  let byte = 0;
  for (const line of text.split("\n")) {
    if (line.trim().length > 0) out.push({ text: line, byte });
    byte += Buffer.byteLength(line, "utf8") + 1;
  }
  return out;
}

const spaces = /[\u00a0\u202f\u2009\u2007]/g;

function bench(o) {
  const buf = fs.readFileSync(o.files[0]);
  const warm = lines(prefix(buf, o.warmupBytes));
  const text = prefix(buf, o.bytes);
  const ls = lines(text);
  const models = buildModels();
  for (const [, m, isDate] of models) for (const l of warm) run(m, isDate, l.text);
  const result = { peer: "recognizers-text", version, node: process.version, bytes: Buffer.byteLength(text, "utf8"),
                   lines: ls.length, warmup_bytes: warm.reduce((s, l) => s + Buffer.byteLength(l.text), 0), models: {} };
  let total = 0, cpuTotal = 0, entities = 0;
  for (const [name, m, isDate] of models) {
    let n = 0;
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const l of ls) n += run(m, isDate, l.text).length;
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1e6;
    result.models[name] = { seconds: s, cpu_seconds: cpu, entities: n };
    total += s;
    cpuTotal += cpu;
    entities += n;
  }
  result.all = { seconds: total, cpu_seconds: cpuTotal, entities };
  process.stdout.write(JSON.stringify(result) + "\n");
}

/// UTF-16 index -> UTF-8 byte offset within `s`.
function byteOffset(s, i) {
  return Buffer.byteLength(s.slice(0, i), "utf8");
}

function entities(o) {
  const models = buildModels();
  const all = [];
  for (const f of o.files) {
    let text = fs.readFileSync(f, "utf8");
    if (o.normalize) text = text.replace(spaces, " ");
    const counts = { number_un_une: 0 };  // « un », « une » read as the number 1 (mostly the article)
    const list = [];
    for (const [name, m, isDate] of models) {
      let n = 0;
      for (const l of lines(text)) {
        for (const r of run(m, isDate, l.text)) {
          ++n;
          if (name === "number" && /^une?$/i.test(r.text)) ++counts.number_un_une;
          if (o.list)
            list.push({ model: name, begin: l.byte + byteOffset(l.text, r.start),
                        end: l.byte + byteOffset(l.text, r.end + 1), text: r.text, type: r.typeName,
                        resolution: r.resolution });
        }
      }
      counts[name] = n;
    }
    const rec = { file: f, bytes: Buffer.byteLength(text, "utf8"), models: counts };
    if (o.list) rec.entities = list;
    all.push(rec);
  }
  for (const r of all) process.stdout.write(JSON.stringify(r) + "\n");
}

/// Numbers grouped by thousands with a space of any kind (U+0020, NBSP, NNBSP, thin or figure space).
const grouped = /(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f\u2009\u2007]\d{3})+(?![\d])/g;
const separators = { space: " ", nbsp: "\u00a0", nnbsp: "\u202f" };

/// The number read whole: its value, or its value times a scale word (« 7 820 milliards »).
function fullValue(read, value) {
  return read === value || (read > value && /^10*$/.test(String(read / value)));
}

/// Each grouped number of the files is written with each separator in turn (the rest of its line
/// unchanged) and the number model is asked whether it reads the number with its full value.
function nbsp(o) {
  const model = new N.NumberRecognizer(culture).getNumberModel();
  const units = new U.NumberWithUnitRecognizer(culture);
  const quantities = [units.getDimensionModel(), units.getCurrencyModel()];
  const out = { files: o.files.length, grouped: 0, full_value: {}, misread: [] };
  for (const k of Object.keys(separators)) out.full_value[k] = 0;
  for (const f of o.files) {
    for (const l of lines(fs.readFileSync(f, "utf8"))) {
      for (const m of l.text.matchAll(grouped)) {
        const value = Number(m[0].replace(/\D/g, ""));
        ++out.grouped;
        for (const [k, sep] of Object.entries(separators)) {
          const written = m[0].replace(/\D/g, c => sep);
          const line = l.text.slice(0, m.index) + written + l.text.slice(m.index + m[0].length);
          const found = model.parse(line).filter(r => r.end >= m.index && r.start < m.index + written.length);
          if (found.some(r => r.start <= m.index && r.end >= m.index + written.length - 1 &&
                              fullValue(Number(r.resolution.value), value))) {
            ++out.full_value[k];
          } else if (k === "nbsp" && out.misread.length < 12) {
            const q = [].concat(...quantities.map(x => x.parse(line)))
                        .filter(r => r.end >= m.index && r.start < m.index + written.length && r.resolution)
                        .map(r => `${r.resolution.value} ${r.resolution.unit}`);
            out.misread.push({ file: path.basename(f), number: m[0].replace(/\D/g, " "), expected: value,
                               read: found.map(r => Number(r.resolution.value)), quantity: q });
          }
        }
      }
    }
  }
  process.stdout.write(JSON.stringify(out) + "\n");
}

const [mode, ...rest] = process.argv.slice(2);
const o = parseArgs(rest);
if (o.files.length === 0 || !["bench", "entities", "nbsp"].includes(mode)) {
  process.stderr.write("usage: recognizers.js bench|entities|nbsp FILE... [--bytes N] [--warmup-bytes N] " +
                       "[--normalize-spaces] [--list]\n");
  process.exit(2);
}
({ bench, entities, nbsp })[mode](o);
