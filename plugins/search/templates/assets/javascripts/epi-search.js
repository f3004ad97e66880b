/* epi-search: the header's search box, backed by Pagefind (one index per language, split by
   <html lang>). Nothing is fetched until the visitor opens or types into the box; then Pagefind's
   script, its WebAssembly for this language and only the index chunks and result fragments the
   query needs. Results link to pages of the page's own language, with the words to highlight in
   the link (?h=…), which this script marks on the page it opens. */
(() => {
  "use strict";
  const script = document.currentScript;
  // the script is <site>/assets/javascripts/epi-search.js: the site's root, from any page (404s too)
  const root = new URL("../../", script.src);
  const MAX_RESULTS = 50;

  /* Text without diacritics, lowercased, with the index in `text` of each character kept. */
  const fold = (text) => {
    let folded = "";
    const origin = [];
    for (let i = 0; i < text.length; i++) {
      const plain = text[i].normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
      for (const char of plain) {
        folded += char;
        origin.push(i);
      }
    }
    origin.push(text.length);
    return { folded, origin };
  };

  /* Mark the words of ?h=… in the article (as Material's search.highlight did). */
  const highlight = () => {
    const params = new URLSearchParams(location.search);
    const terms = params
      .getAll("h")
      .flatMap((value) => value.split(/\s+/))
      .map((term) => fold(term).folded)
      .filter((term) => term.length > 1);
    const article = document.querySelector("article.md-content__inner");
    if (!terms.length || !article) return;
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement.closest("svg, script, style, mark, .headerlink")
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    for (const node of nodes) {
      const { folded, origin } = fold(node.data);
      const ranges = [];
      for (const term of terms) {
        for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
          ranges.push([origin[at], origin[at + term.length]]);
        }
      }
      ranges.sort((a, b) => b[0] - a[0]); // from the end, so earlier offsets stay valid
      let last = Infinity;
      for (const [start, end] of ranges) {
        if (end > last) continue; // overlaps a mark already made
        const word = node.splitText(start);
        word.splitText(end - start);
        const mark = document.createElement("mark");
        word.replaceWith(mark);
        mark.append(word);
        last = start;
      }
    }
  };
  highlight();

  const box = document.querySelector("[data-epi-search]");
  const toggle = document.getElementById("__search");
  if (!box || !toggle) return;
  const form = box.querySelector("[data-epi-search-form]");
  const input = box.querySelector("[data-epi-search-input]");
  const meta = box.querySelector("[data-epi-search-meta]");
  const list = box.querySelector("[data-epi-search-list]");
  const config = JSON.parse(document.getElementById("__config")?.textContent || "{}");
  const t = (key, count) => String((config.translations || {})[key] || "").replace("#", count);

  // this language's folder ("" or "lv/"): its own Pagefind bundle, its pages' URLs
  const home = new URL(box.dataset.epiSearchHome || "", root);

  let pagefind = null;
  const load = () => {
    pagefind ??= import(new URL("pagefind/pagefind.js", home).href).then(async (module) => {
      // noWorker: the index is small; a worker would fetch a second copy of Pagefind's glue code
      await module.options({ baseUrl: home.pathname, noWorker: true, highlightParam: "h", excerptLength: 24 });
      await module.init();
      return module;
    });
    pagefind.catch(() => {
      pagefind = null; // try again on the next keystroke
    });
    return pagefind;
  };

  /* Pagefind's excerpt is HTML with <mark>s: keep its text and marks only. */
  const excerpt = (html) => {
    const template = document.createElement("template");
    template.innerHTML = html;
    const p = document.createElement("p");
    for (const node of template.content.childNodes) {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        p.append(mark);
      } else {
        p.append(node.textContent);
      }
    }
    return p;
  };

  const item = (data) => {
    const li = document.createElement("li");
    li.className = "md-search-result__item";
    const link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = data.url;
    const article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    const icon = document.createElement("div");
    icon.className = "md-search-result__icon md-icon";
    const title = document.createElement("h1");
    title.textContent = data.meta.title || data.url;
    article.append(icon, title, excerpt(data.excerpt));
    link.append(article);
    li.append(link);
    return li;
  };

  /* Results five at a time: each needs its own fragment (title and excerpt), so only what is
     shown is fetched; the next five load when the end of the list scrolls into view. */
  const PAGE = 5;
  let ticket = 0;
  let pending = [];
  const sentinel = document.createElement("li");
  sentinel.setAttribute("aria-hidden", "true");
  /* Pagefind replaces a word it cannot find by the longest prefix it can ("samoocena" → "să",
     "throughout" → "through"; its issue #780, not configurable): a result is kept only if, for
     every word typed, one of the words it matched shares most of that word's beginning (a stem:
     "miasto" → "miast", "Städte" → "Stadt"; a prefix: "Rīg" → "Rīga"). */
  const letters = (word) => fold(word).folded.replace(/[^\p{L}\p{N}]/gu, "");
  const prefixLength = (a, b) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  const answers = (data, terms) => {
    const words = data.content.split(/\s+/);
    const matched = data.locations.map((at) => letters(words[at] || ""));
    return terms.every((term) => {
      const need = Math.max(Math.min(term.length, 3), Math.min(term.length - 2, Math.ceil(term.length * 0.75)));
      return matched.some((word) => prefixLength(word, term) >= need);
    });
  };
  let terms = [];
  const more = async (mine) => {
    const batch = pending.splice(0, PAGE);
    const found = (await Promise.all(batch.map((result) => result.data()))).filter((d) => answers(d, terms));
    if (mine !== ticket) return;
    sentinel.before(...found.map(item));
    if (!pending.length) sentinel.remove();
  };
  /* Watched within the results' own scrolling box, with a margin: at the end of the list the
     sentinel (no height) can sit a fraction of a pixel below the box's edge and never intersect. */
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting) && pending.length) more(ticket);
    },
    { root: list.closest(".md-search__scrollwrap"), rootMargin: "0px 0px 48px 0px" },
  );
  observer.observe(sentinel);

  const run = async () => {
    const query = input.value.trim();
    const mine = ++ticket;
    if (!query) {
      meta.textContent = t("search.result.placeholder");
      list.replaceChildren();
      delete list.dataset.query;
      return;
    }
    const module = await load();
    const search = await module.search(query);
    if (mine !== ticket || !search) return;
    terms = query.split(/\s+/).map(letters).filter(Boolean);
    pending = search.results.slice(0, MAX_RESULTS);
    const first = (await Promise.all(pending.splice(0, PAGE).map((result) => result.data()))).filter((d) =>
      answers(d, terms),
    );
    if (mine !== ticket) return;
    // results are ranked: when some of the first ones are prefix stand-ins, the rest are too
    if (first.length < PAGE) pending = [];
    const count = pending.length ? search.results.length : first.length;
    meta.textContent = t(
      count === 0 ? "search.result.none" : count === 1 ? "search.result.one" : "search.result.other",
      count,
    );
    list.replaceChildren(...first.map(item));
    if (pending.length) list.append(sentinel);
    list.dataset.query = query; // the results shown are this query's
  };

  let timer = 0;
  const open = () => {
    if (!toggle.checked) toggle.checked = true;
    load();
  };
  const close = () => {
    toggle.checked = false;
    input.blur();
  };
  const links = () => [...list.querySelectorAll("a")];

  input.addEventListener("focus", open);
  // 300 ms, as Pagefind's own UI: typing at 4-7 keys a second no longer searches (and fetches
  // five result fragments) for every prefix of the word; "Linkoping" typed at 150 ms a key
  // fetched 10 fragments and 119 KB instead of 5 and 108 KB with 1,000 stories
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 300);
  });
  toggle.addEventListener("change", () => {
    if (toggle.checked) {
      input.focus();
      load();
    }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    links()[0]?.click();
  });
  form.addEventListener("reset", () => {
    setTimeout(() => {
      run();
      input.focus();
    });
  });
  box.addEventListener("keydown", (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!all.length) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      const next = at + step;
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)].focus();
    }
  });
  // "/", "s" or "f" anywhere outside a field opens the search, as in Material
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || toggle.checked) return;
    if (event.target.closest?.("input, textarea, select, [contenteditable]")) return;
    if (["/", "s", "f"].includes(event.key)) {
      event.preventDefault();
      open();
      input.focus();
    }
  });
})();
