/* Filters for a generated table (no dependencies, no network).
 *
 * A placeholder <div class="pd-filter" data-columns="1,2,3" data-year-column="0" data-year-label="年份"
 * data-all-label="全部"> placed before a table becomes one drop-down per listed column (labelled with the
 * column heading, options = the distinct cell texts) plus a year drop-down (first four characters of the
 * given column). Rows that do not match every chosen value are hidden. Without JavaScript the table is whole.
 */
(function () {
  "use strict";

  function findTable(box) {
    for (var el = box.nextElementSibling; el; el = el.nextElementSibling) {
      if (el.tagName === "TABLE") return el;
      var t = el.querySelector && el.querySelector("table");
      if (t) return t;
    }
    return null;
  }

  function cellText(row, index) {
    var c = row.cells[index];
    return c ? c.textContent.trim() : "";
  }

  function makeSelect(labelText, values, allLabel, onChange) {
    var label = document.createElement("label");
    label.className = "pd-filter__item";
    label.appendChild(document.createTextNode(labelText + " "));
    var select = document.createElement("select");
    var all = document.createElement("option");
    all.value = "";
    all.textContent = allLabel;
    select.appendChild(all);
    values.forEach(function (v) {
      var o = document.createElement("option");
      o.value = v;
      o.textContent = v;
      select.appendChild(o);
    });
    select.addEventListener("change", onChange);
    label.appendChild(select);
    return { label: label, select: select };
  }

  function distinct(rows, get) {
    var seen = {};
    var out = [];
    rows.forEach(function (r) {
      var v = get(r);
      if (v && !seen.hasOwnProperty(v)) { seen[v] = true; out.push(v); }
    });
    return out.sort();
  }

  function setup(box) {
    var table = findTable(box);
    if (!table || !table.tBodies.length) return;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    var allLabel = box.getAttribute("data-all-label") || "*";
    var filters = [];
    var apply = function () {
      rows.forEach(function (r) {
        var ok = filters.every(function (f) { return !f.select.value || f.get(r) === f.select.value; });
        r.hidden = !ok;
      });
    };
    var yearCol = box.getAttribute("data-year-column");
    if (yearCol !== null && yearCol !== "") {
      var yi = parseInt(yearCol, 10);
      var getYear = function (r) { return cellText(r, yi).slice(0, 4); };
      var y = makeSelect(box.getAttribute("data-year-label") || "", distinct(rows, getYear), allLabel, apply);
      y.get = getYear;
      filters.push(y);
    }
    (box.getAttribute("data-columns") || "").split(",").forEach(function (s) {
      if (s === "") return;
      var i = parseInt(s, 10);
      var get = function (r) { return cellText(r, i); };
      var head = heads[i] ? heads[i].textContent.trim() : "";
      var f = makeSelect(head, distinct(rows, get), allLabel, apply);
      f.get = get;
      filters.push(f);
    });
    filters.forEach(function (f) { box.appendChild(f.label); });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("div.pd-filter"), setup);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
