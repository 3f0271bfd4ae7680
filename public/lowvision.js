/* The "version for the visually impaired": applies the saved display settings before the
   first paint (the app itself loads later, as wasm). A classic script, so that it runs
   synchronously in <head> under a CSP without 'unsafe-inline'. The app (src/components/
   low_vision.rs) owns the same key and values; keep the two in step. */
(function () {
  var KEY = 'opendata.lowvision';
  var ALLOWED = {
    font: ['arial', 'times'],
    size: ['150', '200'],
    spacing: ['medium', 'large'],
    scheme: ['bow', 'wob', 'blue'],
    images: ['off']
  };
  var root = document.documentElement;
  var saved = null;
  try {
    saved = JSON.parse(window.localStorage.getItem(KEY) || 'null');
  } catch (e) {
    saved = null; // storage blocked or a broken value: the standard look
  }
  if (!saved || typeof saved !== 'object') return;
  for (var name in ALLOWED) {
    if (Object.prototype.hasOwnProperty.call(ALLOWED, name)) {
      var value = saved[name];
      if (typeof value === 'string' && ALLOWED[name].indexOf(value) !== -1) {
        root.setAttribute('data-lv-' + name, value);
      }
    }
  }
})();
