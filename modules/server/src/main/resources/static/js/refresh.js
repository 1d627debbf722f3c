// Reloads a page that shows something still going on (an import's progress) every few seconds, while it says so.
(function () {
  var el = document.querySelector('[data-refresh]');
  if (el) { setTimeout(function () { location.reload(); }, 1000 * Number(el.getAttribute('data-refresh'))); }
})();
