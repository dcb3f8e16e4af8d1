// Polls a background job's status (GET /api/jobs/{id}) and shows its progress; when the job ends,
// reloads its page, which then shows the result or the error. Without scripts, the page has a link.
(function () {
  var box = document.getElementById('job');
  if (!box) {
    return;
  }
  var id = box.getAttribute('data-job');
  var state = document.getElementById('job-state');
  var bar = document.getElementById('job-progress');
  function show(j) {
    if (j.total > 0) {
      bar.max = j.total;
      bar.value = j.done;
    }
    var counts = j.total > 0 ? j.done + ' / ' + j.total : j.done > 0 ? String(j.done) : '';
    state.textContent = (j.phase || j.state) + (counts ? ': ' + counts : '');
  }
  function poll() {
    fetch('/api/jobs/' + encodeURIComponent(id), { credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) {
          throw new Error('status ' + r.status);
        }
        return r.json();
      })
      .then(function (j) {
        if (j.state === 'succeeded' || j.state === 'failed') {
          window.location.assign('/import?job=' + encodeURIComponent(id));
          return;
        }
        show(j);
        window.setTimeout(poll, 1000);
      })
      .catch(function () {
        window.setTimeout(poll, 3000);
      });
  }
  window.setTimeout(poll, 500);
})();
