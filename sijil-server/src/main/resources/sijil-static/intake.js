// The offline report form (docs/intake.md): each report is kept in an IndexedDB queue on this
// device with a key made here, and sent with that key whenever the server is reachable. The server
// stores a key once, so sending again is always safe. No framework, no external resources.
'use strict';
(function () {
  var DB = 'sijil-intake', STORE = 'queue', RETRY_MS = 30000;
  var form = document.getElementById('intake-form');
  if (!form) { return; }
  var body = document.querySelector('#intake-queue tbody');
  var network = document.getElementById('intake-network');
  var formError = document.getElementById('intake-form-error');
  var texts = {};
  document.querySelectorAll('#intake-text span').forEach(function (s) { texts[s.dataset.key] = s.textContent; });
  var sending = false;
  // Signed out, the page is the public form: reports go to the public endpoint, with no account.
  var isPublic = document.getElementById('intake-text').dataset.public === '1';

  function open() {
    return new Promise(function (resolve, reject) {
      var req = indexedDB.open(DB, 1);
      req.onupgradeneeded = function () { req.result.createObjectStore(STORE, { keyPath: 'key' }); };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }

  function tx(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var t = db.transaction(STORE, mode);
        var result = work(t.objectStore(STORE));
        t.oncomplete = function () { db.close(); resolve(result && result.result); };
        t.onerror = function () { db.close(); reject(t.error); };
      });
    });
  }

  function all() { return tx('readonly', function (s) { return s.getAll(); }); }
  function put(item) { return tx('readwrite', function (s) { s.put(item); }); }
  function remove(key) { return tx('readwrite', function (s) { s.delete(key); }); }

  function newKey() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
  }

  function cell(row, text, cls) {
    var td = document.createElement('td');
    td.textContent = text || '';
    if (cls) { td.className = cls; }
    td.dir = 'auto';
    row.appendChild(td);
    return td;
  }

  function show() {
    network.textContent = navigator.onLine ? texts.online : texts.offline;
    return all().then(function (items) {
      items.sort(function (a, b) { return a.created < b.created ? -1 : 1; });
      body.textContent = '';
      items.forEach(function (it) {
        var tr = document.createElement('tr');
        tr.className = 'intake-item state-' + it.state;
        tr.dataset.key = it.key;
        cell(tr, it.name);
        cell(tr, it.created.slice(0, 16).replace('T', ' '));
        cell(tr, texts[it.state], 'state');
        var detail = it.state === 'sent' ? texts.receipt + ' ' + it.submission : it.reason;
        var td = cell(tr, detail, 'detail');
        if (it.state !== 'waiting') {
          var b = document.createElement('button');
          b.type = 'button';
          b.className = 'remove';
          b.textContent = texts.remove;
          b.addEventListener('click', function () { remove(it.key).then(show); });
          td.appendChild(document.createTextNode(' '));
          td.appendChild(b);
        }
        body.appendChild(tr);
      });
    });
  }

  function csrf() {
    return fetch('/api/intake/session', { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : null; });
  }

  // Sends each waiting report; a network failure or a server that cannot take it now leaves it
  // waiting (sent again later with the same key), a broken rule marks it rejected with the reason.
  function send() {
    if (sending) { return Promise.resolve(); }
    sending = true;
    return all().then(function (items) {
      var waiting = items.filter(function (it) { return it.state === 'waiting'; });
      if (!waiting.length) { return; }
      if (isPublic) {
        return waiting.reduce(function (p, it) {
          return p.then(function () { return sendOne(it, null); });
        }, Promise.resolve());
      }
      return csrf().then(function (session) {
        if (!session) {
          waiting.forEach(function (it) { it.reason = texts.signin; });
          return Promise.all(waiting.map(put));
        }
        return waiting.reduce(function (p, it) {
          return p.then(function () { return sendOne(it, session.csrf); });
        }, Promise.resolve());
      });
    }).catch(function () { /* offline: stays waiting */ })
      .then(function () { sending = false; return show(); });
  }

  // token null: the public endpoint (no account), which takes the hidden trap field's value too.
  function sendOne(it, token) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) { headers['X-CSRF-Token'] = token; }
    return fetch(token ? '/api/intake/submissions' : '/api/intake/public', {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers,
      body: JSON.stringify({ key: it.key, fields: it.fields, contact: it.contact, website: it.trap || null })
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (answer) {
        if (r.status === 200 || r.status === 201) {
          // The reporter's contact and the report leave the device once stored: the receipt stays.
          return put({ key: it.key, name: it.name, created: it.created, state: 'sent',
                       submission: answer.submission });
        }
        if (r.status === 422 || r.status === 400) {
          it.state = 'rejected';
          it.reason = answer.message || String(r.status);
          return put(it);
        }
        it.reason = r.status === 401 || r.status === 403 ? texts.signin : (answer.message || String(r.status));
        return put(it);
      });
    });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var fields = {};
    new FormData(form).forEach(function (v, k) {
      v = String(v).trim();
      if (v && k !== 'contact' && k !== 'website') { fields[k] = v; }
    });
    if (!fields.name_ar && !fields.name_en) {
      formError.textContent = texts.noname;
      return;
    }
    formError.textContent = '';
    var contact = String(new FormData(form).get('contact') || '').trim();
    var item = { key: newKey(), name: fields.name_ar || fields.name_en, created: new Date().toISOString(),
                 state: 'waiting', fields: fields, contact: contact || null, reason: '',
                 trap: String(new FormData(form).get('website') || '') };
    put(item).then(function () {
      form.reset();
      return show();
    }).then(send);
  });

  // Save to file: the waiting reports as a signed bundle (intake-bundle.js) for `sijil intake
  // import`. They stay waiting: sent later with the same key, they are recognized, not doubled.
  var saveState = document.getElementById('intake-save-state');
  var deviceKeyText = document.getElementById('intake-device-key');
  function save() {
    if (!window.SijilBundle || !crypto.subtle) { saveState.textContent = texts.nosign; return Promise.resolve(); }
    return all().then(function (items) {
      var waiting = items.filter(function (it) { return it.state === 'waiting'; });
      if (!waiting.length) { saveState.textContent = texts.nothing; return; }
      var contactKey = document.getElementById('intake-text').dataset.contactKey;
      return SijilBundle.write(waiting, contactKey).then(function (text) {
        var a = document.createElement('a');
        a.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
        a.download = 'sijil-reports-' + new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-') + '.bundle';
        document.body.appendChild(a);
        a.click();
        a.remove();
        saveState.textContent = texts.saved + ': ' + waiting.length;
        return SijilBundle.deviceKey().then(function (k) { deviceKeyText.textContent = k.verifier; });
      });
    }).catch(function (e) { saveState.textContent = texts.nosign + ' (' + e + ')'; });
  }
  document.getElementById('intake-save').addEventListener('click', save);
  document.getElementById('intake-send').addEventListener('click', send);
  window.addEventListener('online', send);
  window.addEventListener('offline', show);
  setInterval(send, RETRY_MS);

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/intake/sw.js', { scope: '/intake/' }).catch(function () {});
  }
  show().then(send);
})();
