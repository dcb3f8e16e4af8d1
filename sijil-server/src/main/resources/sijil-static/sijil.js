// The only script: a print button on the memorial page (inline handlers are blocked by the CSP).
document.querySelectorAll('[data-print]').forEach(function (b) {
  b.addEventListener('click', function () { window.print(); });
});
