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

  function parse(text, file) {
    var result = { version: null, language: null, answers: {}, errors: [] };
    var lines = {}, section = null, rows = text.replace(/\r\n/g, "\n").split("\n");
    var order = [];
    for (var n = 0; n < rows.length; n++) {
      var line = rows[n], number = n + 1;
      if (!line.trim() || line.replace(/^\s+/, "").charAt(0) === "#") continue;
      var m = LINE.exec(line);
      if (!m) { result.errors.push(t("assess.error.syntax", { file: file, line: number })); return result; }
      var key = m[2], val = value(m[3]), indented = m[1].length > 0;
      if (indented && section === "answers") {
        if (!(key in result.answers)) order.push(key);
        result.answers[key] = val; lines["answers." + key] = number;
      } else if (indented) {
        result.errors.push(t("assess.error.syntax", { file: file, line: number })); return result;
      } else {
        section = key; lines[key] = number;
        if (key === "questionnaire") result.version = /^[0-9]+$/.test(val) ? parseInt(val, 10) : -1;
        else if (key === "language") result.language = val;
        else if (key !== "answers") result.errors.push(t("assess.error.unknown_field", { file: file, line: number, field: key }));
      }
    }
    if (result.version !== Q.version) {
      var shown = result.version === null || result.version === -1 ? "?" : result.version;
      result.errors.push(t("assess.error.version", { file: file, line: lines.questionnaire || 1, version: shown, expected: Q.version }));
    }
    if (result.language !== data.lang) {
      result.errors.push(t("assess.error.language", { file: file, line: lines.language || 1, found: result.language || "?", expected: data.lang }));
    }
    var kept = {};
    order.forEach(function (id) {
      var answer = result.answers[id], line = lines["answers." + id], q = question(id);
      if (!q) result.errors.push(t("assess.error.unknown_question", { file: file, line: line, question: id }));
      else if (answer && !option(q, answer)) {
        result.errors.push(t("assess.error.bad_option", { file: file, line: line, question: id, answer: answer,
          options: q.options.map(function (o) { return o.id; }).join(", ") }));
      }
      if (answer) kept[id] = answer;
    });
    result.answers = kept;
    return result;
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

  function rounded(x) { return Math.floor(x + 0.5); }

  window.epiAssessment = { parse: parse, score: score, dump: dump, rounded: rounded };

  /* the page */
  var form = document.getElementById("epi-assessment");
  var status = document.getElementById("epi-assessment-status");
  var results = document.getElementById("epi-assessment-results");
  form.hidden = false;

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

  function cell(row, text, tag) {
    var node = document.createElement(tag || "td");
    node.textContent = text;
    row.appendChild(node);
    return node;
  }

  function bar(value) {
    var wrap = document.createElement("span");
    wrap.className = "epi-bar";
    if (value !== null) {
      var fill = document.createElement("span");
      fill.className = "epi-bar__fill";
      fill.style.width = value + "%";
      wrap.appendChild(fill);
    }
    return wrap;
  }

  function table(caption, rows, head) {
    var node = document.createElement("table");
    node.appendChild(document.createElement("caption")).textContent = caption;
    var tr = node.appendChild(document.createElement("thead")).appendChild(document.createElement("tr"));
    head.forEach(function (text) { cell(tr, text, "th").setAttribute("scope", "col"); });
    var body = node.appendChild(document.createElement("tbody"));
    rows.forEach(function (r) {
      var row = body.appendChild(document.createElement("tr"));
      cell(row, r[0], "th").setAttribute("scope", "row");
      var value = cell(row, r[1] + " ");
      value.appendChild(bar(r[2]));
    });
    return node;
  }

  function show() {
    var answers = current(), result = score(answers);
    var box = results.querySelector("[data-results]");
    box.textContent = "";
    var text = function (s) { return s === null ? t("assess.not_answered") : t("score.out_of", { score: rounded(s) }); };
    var p = box.appendChild(document.createElement("p"));
    p.className = "epi-assessment__overall";
    p.textContent = t("assess.overall") + ": " + text(result.overall);
    var area = function (a) {
      var s = result.areas[a];
      return [data.areaLabels[a], text(s.score) + " (" + t("assess.answered", { answered: s.answered, questions: s.questions }) + ")", s.score === null ? null : rounded(s.score)];
    };
    var heads = [t("table.area"), t("table.score")];
    box.appendChild(table(t("assess.core"), Q.coreAreas.map(area), heads));
    box.appendChild(table(t("assess.optional"), Q.optionalAreas.map(area), heads));
    var cities = [[t("assess.your_city"), text(result.overall), result.overall === null ? null : rounded(result.overall)]];
    data.cities.forEach(function (c) {
      cities.push([c.name, c.overall === null ? t("score.not_published") : t("score.out_of", { score: c.overall }), c.overall]);
    });
    box.appendChild(table(t("assess.comparison"), cities, [t("table.city"), t("table.overall")]));
    box.appendChild(document.createElement("p")).textContent = t("assess.comparison_note");
    box.appendChild(document.createElement("p")).textContent = t("assess.unanswered", { count: result.unanswered.length });
    results.hidden = false;
    results.querySelector("h2").focus();
  }

  form.addEventListener("change", function (event) { if (event.target.type === "radio") { save(); say(t("assess.saved")); } });
  form.addEventListener("submit", function (event) { event.preventDefault(); show(); });
  form.querySelector('[data-action="download"]').addEventListener("click", function () {
    var blob = new Blob([dump(current())], { type: "text/yaml" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "epi-self-assessment-" + data.lang + ".yaml";
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 0);
  });
  form.querySelector('[data-action="load"]').addEventListener("change", function (event) {
    var file = event.target.files[0];
    if (!file) return;
    file.text().then(function (text) {
      var parsed = parse(text, file.name);
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

  try { apply(JSON.parse(localStorage.getItem(STORE) || "{}")); } catch (e) { /* nothing saved */ }
})();
