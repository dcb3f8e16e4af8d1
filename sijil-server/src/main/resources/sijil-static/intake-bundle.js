// "Save to file" of the offline report form (docs/intake.md): writes waiting reports as a signed
// intake bundle, the format `sijil intake export` writes and `sijil intake import` verifies
// (org.sijil.core.intake.Bundle): a manifest with the SHA-256 of each JSON line, signed as a C2SP
// signed note with an Ed25519 device key made here. The private key is made non-extractable and
// kept in IndexedDB: it never leaves this browser. Contacts are sealed before they are written
// (org.sijil.core.intake.ContactSeal: AES-256-GCM, its key wrapped with RSA-OAEP SHA-256 under the
// register's contact public key). WebCrypto only; no framework, no external resources.
'use strict';
window.SijilBundle = (function () {
  var DB = 'sijil-intake-device', STORE = 'keys', DEVICE = 'device';
  var HEADER = 'sijil-intake-bundle/v1', SEALED = 'sealed:v1:', ED25519_TYPE = 1;
  var enc = new TextEncoder();

  function b64(bytes) {
    var s = '';
    bytes.forEach(function (b) { s += String.fromCharCode(b); });
    return btoa(s);
  }
  function unb64(text) {
    var s = atob(text.trim());
    var out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) { out[i] = s.charCodeAt(i); }
    return out;
  }
  function hex(bytes) {
    return Array.prototype.map.call(bytes, function (x) { return (x + 256).toString(16).slice(1); }).join('');
  }
  function concat(parts) {
    var n = parts.reduce(function (a, p) { return a + p.length; }, 0), out = new Uint8Array(n), at = 0;
    parts.forEach(function (p) { out.set(p, at); at += p.length; });
    return out;
  }
  function sha256(bytes) {
    return crypto.subtle.digest('SHA-256', bytes).then(function (h) { return new Uint8Array(h); });
  }

  function db() {
    return new Promise(function (resolve, reject) {
      var req = indexedDB.open(DB, 1);
      req.onupgradeneeded = function () { req.result.createObjectStore(STORE); };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }
  function keyStore(mode, work) {
    return db().then(function (d) {
      return new Promise(function (resolve, reject) {
        var t = d.transaction(STORE, mode), r = work(t.objectStore(STORE));
        t.oncomplete = function () { d.close(); resolve(r && r.result); };
        t.onerror = function () { d.close(); reject(t.error); };
      });
    });
  }

  // This browser's device key: made once, the private half non-extractable. Its name is random
  // (signed-note key names have no spaces and no '+'); its key ID is SHA-256(name, LF, 0x01, key)[:4].
  function deviceKey() {
    return keyStore('readonly', function (s) { return s.get(DEVICE); }).then(function (k) {
      if (k) { return k; }
      return crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']).then(function (pair) {
        return crypto.subtle.exportKey('raw', pair.publicKey).then(function (raw) {
          var pub = new Uint8Array(raw);
          var name = 'sijil-form-' + hex(crypto.getRandomValues(new Uint8Array(6)));
          return sha256(concat([enc.encode(name + '\n'), new Uint8Array([ED25519_TYPE]), pub])).then(function (h) {
            var id = h.slice(0, 4);
            var key = { name: name, keyId: id, privateKey: pair.privateKey,
                        verifier: name + '+' + hex(id) + '+' + b64(concat([new Uint8Array([ED25519_TYPE]), pub])) };
            return keyStore('readwrite', function (s) { s.put(key, DEVICE); }).then(function () { return key; });
          });
        });
      });
    });
  }

  function seal(contact, contactKey) {
    if (!contact) { return Promise.resolve(null); }
    return crypto.subtle.importKey('spki', unb64(contactKey), { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['encrypt'])
      .then(function (rsa) {
        return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']).then(function (aes) {
          var nonce = crypto.getRandomValues(new Uint8Array(12));
          return Promise.all([
            crypto.subtle.exportKey('raw', aes).then(function (raw) { return crypto.subtle.encrypt({ name: 'RSA-OAEP' }, rsa, raw); }),
            crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, tagLength: 128 }, aes, enc.encode(contact))
          ]).then(function (r) {
            return SEALED + b64(concat([new Uint8Array(r[0]), nonce, new Uint8Array(r[1])]));
          });
        });
      });
  }

  // One report as a bundle line: origin "form" and the queue's key as instance, so the report has
  // the same submission ID whether it arrives by this file or is sent later from the queue.
  function line(item, contactKey) {
    return seal(item.contact, contactKey).then(function (sealed) {
      return JSON.stringify({ v: 1, origin: 'form', instance: item.key, replaces: null,
                              fields: item.fields, contact: sealed });
    });
  }

  // The bundle text of {@code items}: manifest, its signature line, then the JSON lines.
  function write(items, contactKey) {
    return Promise.all([deviceKey(), Promise.all(items.map(function (it) { return line(it, contactKey); }))])
      .then(function (r) {
        var key = r[0], lines = r[1];
        return Promise.all(lines.map(function (l) { return sha256(enc.encode(l)); })).then(function (hashes) {
          var manifest = HEADER + '\ndevice ' + key.verifier + '\ncreated ' +
            new Date().toISOString().replace(/\.\d+Z$/, 'Z') + '\ncount ' + lines.length + '\n' +
            hashes.map(function (h) { return hex(h) + '\n'; }).join('');
          return crypto.subtle.sign({ name: 'Ed25519' }, key.privateKey, enc.encode(manifest)).then(function (sig) {
            var signature = '\u2014 ' + key.name + ' ' + b64(concat([key.keyId, new Uint8Array(sig)])) + '\n';
            return manifest + '\n' + signature + '\n' + lines.map(function (l) { return l + '\n'; }).join('');
          });
        });
      });
  }

  return { write: write, deviceKey: deviceKey };
})();
