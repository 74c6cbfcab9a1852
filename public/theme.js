// Light/dark theme: follows the system until the reader chooses light or dark, remembers that choice, and goes
// back to following the system when the reader chooses that again.
// Loaded as an external file (no inline script) so a strict Content-Security-Policy can be used.
(function () {
  var KEY = 'clippings-theme';
  var root = document.documentElement;
  function stored() {
    try {
      var value = localStorage.getItem(KEY);
      return value === 'dark' || value === 'light' ? value : 'auto';
    } catch (error) {
      return 'auto';
    }
  }
  function apply(theme) {
    if (theme === 'auto') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  }
  apply(stored());

  document.addEventListener('DOMContentLoaded', function () {
    var control = document.querySelector('[data-theme-select]');
    var select = control && control.querySelector('select');
    if (!select) return;
    control.hidden = false;
    select.value = stored();
    select.addEventListener('change', function () {
      var theme = select.value === 'dark' || select.value === 'light' ? select.value : 'auto';
      apply(theme);
      try {
        if (theme === 'auto') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, theme);
      } catch (error) { /* private mode: the choice lasts this page only */ }
    });
  });
})();
