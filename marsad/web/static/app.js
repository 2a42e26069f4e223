// marsad web UI: small progressive enhancements. Never parses strings as HTML: only
// classList, dataset and textContent, so untrusted article text can't turn into markup.
"use strict";
(function () {
  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  // Article reader: layer toggles (entities, claims, figures).
  all(".layer-toggle").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    });
  });

  // Article reader: a claim in the side list and its sentence in the text light up together;
  // a click on the list scrolls to the sentence.
  function claimEls(i) { return all('[data-claim="' + String(Number(i)) + '"]'); }
  all(".claim-list li[data-claim], .claim[data-claim]").forEach(function (el) {
    var i = el.dataset.claim;
    el.addEventListener("mouseenter", function () { claimEls(i).forEach(function (x) { x.classList.add("is-active"); }); });
    el.addEventListener("mouseleave", function () { claimEls(i).forEach(function (x) { x.classList.remove("is-active"); }); });
    if (el.tagName === "LI") {
      el.addEventListener("click", function () {
        var target = document.getElementById("claim-" + String(Number(i)));
        if (target) { target.scrollIntoView({ block: "center", behavior: "smooth" }); target.focus(); }
      });
    }
  });

  // Source graph: hovering a node keeps only its edges and neighbours in view.
  var svg = document.getElementById("graph");
  if (svg) {
    var edges = all(".edge", svg), nodes = all(".node", svg);
    nodes.forEach(function (n) {
      function on() {
        var id = n.dataset.node, near = {};
        near[id] = true;
        edges.forEach(function (e) {
          var hit = e.dataset.source === id || e.dataset.target === id;
          e.classList.toggle("on", hit);
          if (hit) { near[e.dataset.source] = true; near[e.dataset.target] = true; }
        });
        nodes.forEach(function (m) { m.classList.toggle("on", !!near[m.dataset.node]); });
        svg.classList.add("focus");
      }
      function off() { svg.classList.remove("focus"); }
      n.addEventListener("mouseenter", on); n.addEventListener("focus", on);
      n.addEventListener("mouseleave", off); n.addEventListener("blur", off);
    });
  }

  // Deep link to a claim (#claim-3): mark it.
  if (location.hash.indexOf("#claim-") === 0) {
    var c = document.getElementById(location.hash.slice(1));
    if (c) { c.classList.add("is-active"); }
  }
})();
