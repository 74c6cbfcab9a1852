// Light/dark theme: follows the system until the reader chooses, then remembers the choice.
// Loaded as an external file (no inline script) so a strict Content-Security-Policy can be used.
(function () {
  var KEY = 'clippings-theme';
  var root = document.documentElement;
  function stored() {
    try { return localStorage.getItem(KEY); } catch (error) { return null; }
  }
  function systemDark() {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  }
  function isDark() {
    var theme = root.getAttribute('data-theme');
    return theme ? theme === 'dark' : systemDark();
  }
  var saved = stored();
  if (saved === 'dark' || saved === 'light') root.setAttribute('data-theme', saved);

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-theme-toggle]');
    if (!button) return;
    button.hidden = false;
    button.setAttribute('aria-pressed', String(isDark()));
    button.addEventListener('click', function () {
      var next = isDark() ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      button.setAttribute('aria-pressed', String(next === 'dark'));
      try { localStorage.setItem(KEY, next); } catch (error) { /* private mode: the choice lasts this page only */ }
    });
  });
})();
