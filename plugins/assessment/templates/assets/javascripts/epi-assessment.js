/* EPI self-assessment: the questionnaire scored in the browser, nothing sent anywhere.
   The twin of plugins/assessment/answers.py and scoring.py: same parsing, same messages, same
   numbers. Plain JavaScript, no library. */
(function () {
  "use strict";

  var dataNode = document.getElementById("epi-assessment-data");
  if (!dataNode) return;
  var data = JSON.parse(dataNode.textContent);
  var Q = data.questionnaire;
  var STORE = "epi-self-assessment-v" + Q.version;

  function t(key, values) {
    var text = data.strings[key];
    Object.keys(values || {}).forEach(function (name) {
      text = text.split("{" + name + "}").join(String(values[name]));
    });
    return text;
  }

  function question(id) {
    for (var i = 0; i < Q.questions.length; i++) if (Q.questions[i].id === id) return Q.questions[i];
    return null;
  }

  function option(q, id) {
    for (var i = 0; i < q.options.length; i++) if (q.options[i].id === id) return q.options[i];
    return null;
  }

  /* answers.py parse(): the same strict subset of YAML, the same messages */
  var LINE = /^( *)([A-Za-z0-9_-]+):(?: +(.*?))? *$/;

  function value(raw) {
    raw = (raw || "").replace(/\s+#.*$/, "").trim();
    if (raw.length >= 2 && raw[0] === raw[raw.length - 1] && (raw[0] === '"' || raw[0] === "'")) return raw.slice(1, -1);
    return raw;
  }

  /* answers.py _twice(): a field or question written twice is an error; the first stands */
  function twice(result, lines, name, number, file) {
    if (!Object.prototype.hasOwnProperty.call(lines, name)) return false;
    result.errors.push(t("assess.error.twice", { file: file, line: number, field: name, first: lines[name] }));
    return true;
  }

  function parse(text, file) {
    var result = { version: null, language: null, answers: {}, errors: [] };
    var lines = {}, section = null, rows = text.replace(/^\ufeff/, "").replace(/\r\n/g, "\n").split("\n");
    var order = [];
    for (var n = 0; n < rows.length; n++) {
      var line = rows[n], number = n + 1;
      if (!line.trim() || line.replace(/^\s+/, "").charAt(0) === "#") continue;
      var m = LINE.exec(line);
      if (!m) { result.errors.push(t("assess.error.syntax", { file: file, line: number })); return result; }
      var key = m[2], val = value(m[3]), indented = m[1].length > 0;
      if (indented && section === "answers") {
        if (twice(result, lines, "answers." + key, number, file)) continue;
        order.push(key);
        result.answers[key] = val; lines["answers." + key] = number;
      } else if (indented) {
        result.errors.push(t("assess.error.syntax", { file: file, line: number })); return result;
      } else {
        section = key;
        if (twice(result, lines, key, number, file)) continue;
        lines[key] = number;
        if (key === "questionnaire") result.version = /^[0-9]+$/.test(val) ? parseInt(val, 10) : -1;
        else if (key === "language") result.language = val;
        else if (key !== "answers") result.errors.push(t("assess.error.unknown_field", { file: file, line: number, field: key }));
      }
    }
    result.order = order;
    return check(result, lines, {}, file);
  }

  /* scoring.py score(): the same arithmetic in the same order */
  function score(answers) {
    var areas = {}, all = Q.coreAreas.concat(Q.optionalAreas);
    all.forEach(function (area) {
      var questions = Q.questions.filter(function (q) { return q.area === area; });
      var answered = 0, possible = 0, achieved = 0;
      questions.forEach(function (q) {
        var o = answers[q.id] ? option(q, answers[q.id]) : null;
        if (!o) return;
        answered += 1;
        possible += Math.max.apply(null, q.options.map(function (x) { return x.points; }));
        achieved += o.points;
      });
      var result = possible ? achieved / possible * 100 : (answered ? 0 : null);
      areas[area] = { score: result, answered: answered, questions: questions.length };
    });
    var core = Q.coreAreas.map(function (a) { return areas[a].score; }).filter(function (s) { return s !== null; });
    var overall = null;
    if (core.length) { var sum = 0; core.forEach(function (s) { sum += s; }); overall = sum / core.length; }
    var unanswered = Q.questions.filter(function (q) { return !(answers[q.id] && option(q, answers[q.id])); })
      .map(function (q) { return q.id; });
    return { areas: areas, overall: overall, unanswered: unanswered };
  }

  function dump(answers) {
    var lines = ["questionnaire: " + Q.version, "language: " + data.lang, "answers:"];
    Q.questions.forEach(function (q) { lines.push(("  " + q.id + ": " + (answers[q.id] || "")).replace(/\s+$/, "")); });
    return lines.join("\n") + "\n";
  }

  /* answers.py parse_csv(): the same table (question, area, answer), the same messages */
  var CSV_COLUMNS = ["question", "area", "answer"];

  function csvFields(line, separator) {
    var fields = [], field = "", quoted = false;
    for (var i = 0; i < line.length; i++) {
      var c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') { field += '"'; i += 1; }
        else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"' && !field.trim()) { field = ""; quoted = true; }
      else if (c === separator) { fields.push(field.trim()); field = ""; }
      else field += c;
    }
    fields.push(field.trim());
    return fields;
  }

  function check(result, lines, areas, file) {
    if (result.version !== Q.version) {
      var shown = result.version === null || result.version === -1 ? "?" : result.version;
      result.errors.push(t("assess.error.version", { file: file, line: lines.questionnaire || 1, version: shown, expected: Q.version }));
    }
    if (data.languages.indexOf(result.language) < 0) {  // any of the site's: the answers are option ids
      result.errors.push(t("assess.error.language", { file: file, line: lines.language || 1, found: result.language || "?", expected: data.languages.join(", ") }));
    }
    var kept = {};
    result.order.forEach(function (id) {
      var answer = result.answers[id], line = lines["answers." + id], q = question(id);
      if (!q) { result.errors.push(t("assess.error.unknown_question", { file: file, line: line, question: id })); return; }
      if (answer && !option(q, answer)) {
        result.errors.push(t("assess.error.bad_option", { file: file, line: line, question: id, answer: answer,
          options: q.options.map(function (o) { return o.id; }).join(", ") }));
      }
      if (areas[id] && areas[id] !== q.area) {
        result.errors.push(t("assess.error.area", { file: file, line: line, question: id, area: areas[id], expected: q.area }));
      }
      if (answer) kept[id] = answer;
    });
    result.answers = kept;
    delete result.order;
    return result;
  }

  function parseCsv(text, file) {
    var result = { version: null, language: null, answers: {}, errors: [], order: [] };
    var lines = {}, areas = {}, rows = text.replace(/^\ufeff/, "").replace(/\r\n/g, "\n").split("\n");
    var first = 0;
    while (first < rows.length && !rows[first].trim()) first += 1;
    if (first === rows.length) first = 0;
    var header = rows[first] || "";
    var separator = header.indexOf(";") >= 0 && header.indexOf(",") < 0 ? ";" : ",";
    if (csvFields(header, separator).map(function (f) { return f.toLowerCase(); }).join("\n") !== CSV_COLUMNS.join("\n")) {
      result.errors.push(t("assess.error.csv_header", { file: file, line: first + 1 }));
      delete result.order;
      return result;
    }
    for (var n = first + 1; n < rows.length; n++) {
      var number = n + 1;
      if (!rows[n].trim()) continue;
      var fields = csvFields(rows[n], separator);
      if (fields.length !== CSV_COLUMNS.length) {
        result.errors.push(t("assess.error.csv_row", { file: file, line: number, count: fields.length }));
        delete result.order;
        return result;
      }
      var key = fields[0], val = fields[2];
      if (twice(result, lines, key === "questionnaire" || key === "language" ? key : "answers." + key, number, file)) continue;
      if (key === "questionnaire") { result.version = /^[0-9]+$/.test(val) ? parseInt(val, 10) : -1; lines[key] = number; }
      else if (key === "language") { result.language = val; lines[key] = number; }
      else {
        result.order.push(key);
        result.answers[key] = val; lines["answers." + key] = number; areas[key] = fields[1];
      }
    }
    return check(result, lines, areas, file);
  }

  function read(text, file) {
    return /\.csv$/i.test(file) ? parseCsv(text, file) : parse(text, file);
  }

  function dumpCsv(answers) {
    var lines = [CSV_COLUMNS.join(","), "questionnaire,," + Q.version, "language,," + data.lang];
    Q.questions.forEach(function (q) { lines.push(q.id + "," + q.area + "," + (answers[q.id] || "")); });
    return lines.join("\r\n") + "\r\n";
  }

  function rounded(x) { return Math.floor(x + 0.5); }

  window.epiAssessment = { parse: parse, parseCsv: parseCsv, read: read, score: score, dump: dump, dumpCsv: dumpCsv, rounded: rounded };

  /* the page */
  var form = document.getElementById("epi-assessment");
  var status = document.getElementById("epi-assessment-status");
  var results = document.getElementById("epi-assessment-results");
  form.querySelectorAll("[data-steps], [data-script]").forEach(function (node) { node.hidden = false; });

  function current() {
    var answers = {};
    Q.questions.forEach(function (q) {
      var checked = form.querySelector('input[name="' + q.id + '"]:checked');
      if (checked) answers[q.id] = checked.value;
    });
    return answers;
  }

  function apply(answers) {
    Q.questions.forEach(function (q) {
      form.querySelectorAll('input[name="' + q.id + '"]').forEach(function (input) {
        input.checked = answers[q.id] === input.value;
      });
    });
  }

  function save() {
    try { localStorage.setItem(STORE, JSON.stringify(current())); } catch (e) { /* storage off: nothing kept */ }
  }

  function say(message, isError) {
    status.textContent = "";
    var node = document.createElement(isError ? "ul" : "p");
    (Array.isArray(message) ? message : [message]).forEach(function (text) {
      var item = document.createElement(isError ? "li" : "span");
      item.textContent = text;
      node.appendChild(item);
    });
    status.setAttribute("role", isError ? "alert" : "status");
    status.appendChild(node);
  }

  /* one area per step: the others are hidden on screen only (printed, every area shows) */
  var sections = Array.prototype.slice.call(form.querySelectorAll(".epi-q-area"));
  var stepStatus = document.getElementById("epi-step-status");
  var progress = form.querySelector(".epi-steps__bar span");
  var compute = form.querySelector('button[type="submit"]');
  var previous = form.querySelector('[data-action="previous"]');
  var next = form.querySelector('[data-action="next"]');
  var step = 0;
  form.classList.add("epi-assessment--steps");

  function go(index, focus) {
    step = Math.max(0, Math.min(sections.length - 1, index));
    sections.forEach(function (section, i) { section.classList.toggle("epi-q-area--current", i === step); });
    stepStatus.textContent = t("assess.progress", { step: step + 1, steps: sections.length });
    progress.style.width = (step + 1) / sections.length * 100 + "%";
    previous.hidden = step === 0;
    next.hidden = step === sections.length - 1;
    compute.classList.toggle("md-button--primary", next.hidden); /* the way on, at the last step */
    if (focus) sections[step].querySelector("h2").focus();
  }

  previous.addEventListener("click", function () { go(step - 1, true); });
  next.addEventListener("click", function () { go(step + 1, true); });

  /* the results */
  function node(parent, tag, text, className) {
    var made = parent.appendChild(document.createElement(tag));
    if (text !== undefined && text !== null) made.textContent = text;
    if (className) made.className = className;
    return made;
  }

  function link(parent, text, href, lang) {
    var a = node(parent, "a", text);
    a.href = href;
    if (lang && lang !== data.lang) { a.lang = lang; a.hreflang = lang; }
    return a;
  }

  function scoreText(s) { return s === null ? t("assess.not_answered") : t("score.out_of", { score: rounded(s) }); }

  /* a bar chart that is also its own text equivalent: a table whose rows carry the numbers as
     text and a bar drawn beside them (hidden from screen readers: the text says it). Only rows
     with a value get a bar; none is drawn for a missing score. */
  function chart(caption, head, rows) {
    var table = document.createElement("table");
    table.className = "epi-chart";
    node(table, "caption", caption);
    var tr = node(node(table, "thead"), "tr");
    head.forEach(function (text) { node(tr, "th", text).setAttribute("scope", "col"); });
    var body = node(table, "tbody");
    rows.forEach(function (r) {
      var row = node(body, "tr", null, r.kind ? "epi-chart__row--" + r.kind : "");
      var th = node(row, "th");
      th.setAttribute("scope", "row");
      if (r.href) link(th, r.label, r.href); else th.textContent = r.label;
      var cell = node(row, "td");
      node(cell, "span", r.text, "epi-chart__value");
      if (r.value !== null) {
        var track = node(cell, "span", null, "epi-bar");
        track.setAttribute("aria-hidden", "true");
        node(track, "span", null, "epi-bar__fill").style.width = Math.max(0, Math.min(100, r.value)) + "%";
      }
    });
    return table;
  }

  function show() {
    var answers = current(), result = score(answers);
    var box = results.querySelector("[data-results]");
    box.textContent = "";
    node(box, "p", t("assess.overall") + ": " + scoreText(result.overall), "epi-assessment__overall");
    node(box, "p", t("assess.unanswered", { count: result.unanswered.length }));
    var area = function (a) {
      var s = result.areas[a];
      return { label: data.areaLabels[a], value: s.score === null ? null : rounded(s.score),
        text: scoreText(s.score) + " (" + t("assess.answered", { answered: s.answered, questions: s.questions }) + ")" };
    };
    var heads = [t("table.area"), t("table.score")];
    box.appendChild(chart(t("assess.chart_areas") + " — " + t("assess.core"), heads, Q.coreAreas.map(area)));
    box.appendChild(chart(t("assess.chart_areas") + " — " + t("assess.optional"), heads, Q.optionalAreas.map(area)));

    /* beside the EPI cities: a bar only for a published score; the others named in text */
    var cities = [{ label: t("assess.your_city"), text: scoreText(result.overall), kind: "yours",
      value: result.overall === null ? null : rounded(result.overall) }];
    var unpublished = [];
    data.cities.forEach(function (c) {
      if (c.overall === null) unpublished.push(c);
      else cities.push({ label: c.name, href: c.href, value: c.overall, text: t("score.out_of", { score: c.overall }), kind: "city" });
    });
    box.appendChild(chart(t("assess.comparison"), [t("table.city"), t("table.overall")], cities));
    if (unpublished.length) {
      var missing = node(box, "p", null, "epi-assessment__unpublished");
      var parts = t("assess.not_published_list", { cities: "\u0000" }).split("\u0000");
      missing.appendChild(document.createTextNode(parts[0]));
      unpublished.forEach(function (c, i) {
        if (i) missing.appendChild(document.createTextNode(", "));
        link(missing, c.name, c.href);
      });
      missing.appendChild(document.createTextNode(parts[1] || ""));
    }
    node(box, "p", t("assess.comparison_note"));

    /* what next: the weak areas, lowest first, each with the toolkit chapter that helps */
    node(box, "h3", t("assess.next_steps"));
    var weak = Q.coreAreas.concat(Q.optionalAreas).filter(function (a) {
      return result.areas[a].score !== null && rounded(result.areas[a].score) < data.weakBelow;
    }).sort(function (a, b) { return result.areas[a].score - result.areas[b].score; });
    if (weak.length) {
      node(box, "p", t("assess.weak_intro"));
      var list = node(box, "ul", null, "epi-assessment__weak");
      weak.forEach(function (a) {
        var item = node(list, "li", t("assess.weak_item", { area: data.areaLabels[a], score: scoreText(result.areas[a].score) }) + " ");
        var chapter = data.toolkit.chapters[a];
        if (chapter) link(item, chapter.title, chapter.href, chapter.lang);
        else link(item, t("assess.toolkit_all"), data.toolkit.href);
      });
    } else {
      node(box, "p", t("assess.no_weak"));
    }
    link(node(box, "p"), t("assess.toolkit_all"), data.toolkit.href);
    results.hidden = false;
    results.querySelector("h2").focus();
  }

  function download(text, type, extension) {
    var blob = new Blob([text], { type: type });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "epi-self-assessment-" + data.lang + "." + extension;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  }

  form.addEventListener("change", function (event) { if (event.target.type === "radio") { save(); say(t("assess.saved")); } });
  form.addEventListener("submit", function (event) { event.preventDefault(); show(); });
  form.querySelector('[data-action="download"]').addEventListener("click", function () {
    download(dump(current()), "text/yaml", "yaml");
  });
  form.querySelector('[data-action="download-csv"]').addEventListener("click", function () {
    download(dumpCsv(current()), "text/csv", "csv");
  });
  form.querySelector('[data-action="load"]').addEventListener("change", function (event) {
    var file = event.target.files[0];
    if (!file) return;
    file.text().then(function (text) {
      var parsed = read(text, file.name);
      event.target.value = "";
      if (parsed.errors.length) { say(parsed.errors, true); return; }
      apply(parsed.answers); save();
      say(t("assess.loaded", { file: file.name }));
      show();
    });
  });
  form.querySelector('[data-action="clear"]').addEventListener("click", function () {
    try { localStorage.removeItem(STORE); } catch (e) { /* nothing kept */ }
    apply({});
    results.hidden = true;
    say(t("assess.cleared"));
  });
  results.querySelector('[data-action="print"]').addEventListener("click", function () {
    var root = document.documentElement;
    root.classList.add("epi-print-results");
    window.addEventListener("afterprint", function done() {
      root.classList.remove("epi-print-results");
      window.removeEventListener("afterprint", done);
    });
    window.print();
  });

  try { apply(JSON.parse(localStorage.getItem(STORE) || "{}")); } catch (e) { /* nothing saved */ }
  go(0, false);
})();
