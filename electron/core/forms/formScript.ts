/**
 * The form file's only script, inline and pinned by its hash in the file's CSP. Plain browser
 * JavaScript (no build step, no library): read the answers, encrypt them to the vault's public
 * key with WebCrypto (ECDH P-256 → HKDF-SHA-256 → AES-256-GCM, the form id as salt and as
 * additional data) and save the result as a file. Nothing is sent anywhere.
 */
export const formScript = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('form-data').textContent);
  var form = document.getElementById('answers');
  var status = document.getElementById('status');
  var enc = new TextEncoder();
  function say(text, tone) { status.textContent = text; status.className = 'status ' + tone; status.focus(); }
  function b64(buffer) {
    var bytes = new Uint8Array(buffer), text = '';
    for (var i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
    return btoa(text);
  }
  function pad(n) { return String(n).padStart(2, '0'); }
  function localNow() {
    var d = new Date();
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  }
  function checked(name) {
    var input = form.querySelector('input[name="' + name + '"]:checked');
    return input ? input.value : null;
  }
  async function seal(payload) {
    var ecdh = { name: 'ECDH', namedCurve: 'P-256' };
    var vaultKey = await crypto.subtle.importKey('jwk', data.publicKey, ecdh, false, []);
    var mine = await crypto.subtle.generateKey(ecdh, true, ['deriveBits']);
    var shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: vaultKey }, mine.privateKey, 256);
    var hkdf = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
    var key = await crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: enc.encode(data.formId), info: enc.encode('traject answer file v1') },
      hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
    var iv = crypto.getRandomValues(new Uint8Array(12));
    var sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv, additionalData: enc.encode(data.formId) }, key, enc.encode(JSON.stringify(payload)));
    var pub = await crypto.subtle.exportKey('jwk', mine.publicKey);
    return {
      format: 'traject-answers', version: 1, vault: data.vault, formId: data.formId,
      ephemeralPublicKey: { kty: pub.kty, crv: pub.crv, x: pub.x, y: pub.y }, iv: b64(iv), ciphertext: b64(sealed)
    };
  }
  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    if (Date.now() > Date.parse(data.expiresAt)) return say(data.text.expired, 'error');
    if (!window.crypto || !crypto.subtle) return say(data.text.noCrypto, 'error');
    var answers = data.itemIds.map(function (id) {
      var value = checked('item-' + id);
      return { itemId: id, value: value === null ? null : Number(value) };
    });
    if (answers.every(function (a) { return a.value === null; })) return say(data.text.noAnswers, 'error');
    var agreements = [];
    data.agreementIds.forEach(function (id) {
      var outcome = checked('agreement-' + id);
      if (outcome) agreements.push({ agreementId: id, outcome: outcome });
    });
    var reflection = document.getElementById('reflection');
    try {
      var file = await seal({ formId: data.formId, answeredAt: localNow(), answers: answers, agreements: agreements, reflection: reflection ? reflection.value.trim() : '' });
      var blob = new Blob([JSON.stringify(file)], { type: 'application/json' });
      var link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = data.fileName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      say(data.text.saved, 'done');
    } catch (e) {
      say(data.text.failed, 'error');
    }
  });
})();
`;
