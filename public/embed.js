/* Bản đồ số NTM Lâm Đồng: resizes its own iframes to the height they post (MIT).
   Only iframes marked data-ntm-map whose src is on this script's own site (src/url/README.md);
   heights clamped to 150-5000 px; at most one resize per iframe every 250 ms (a burst's last
   height wins). */
(function (w, d) {
  if (w.ntmMapEmbed) return;
  w.ntmMapEmbed = 1;
  var MIN = 150, MAX = 5000, GAP = 250;
  var F = d.getElementsByTagName('iframe');
  function origin(u) { try { return new URL(u, location.href).origin; } catch (x) { return ''; } }
  // The app's origin is this script's (the embed code loads it from the app's site). Without a
  // src (copied inline), the iframe's own origin is all there is to check the sender against.
  var me = d.currentScript, own = me && me.src ? origin(me.src) : '';
  function ours(f) {
    var o = f.hasAttribute('data-ntm-map') ? origin(f.src) : '';
    return o && (!own || o === own) ? o : '';
  }
  function apply(f) {
    var s = f.ntmEmbed;
    s.t = +new Date(); s.timer = 0;
    f.style.height = s.h + 'px';
  }
  w.addEventListener('message', function (e) {
    var m = e.data, h, i, f, o, s, wait;
    if (!m || m.type !== 'ntm-map:height') return;
    h = Math.ceil(+m.height);
    if (!(h > 0)) return;
    h = Math.min(MAX, Math.max(MIN, h));
    for (i = 0; i < F.length; i++) {
      f = F[i];
      if (f.contentWindow !== e.source) continue;
      o = ours(f);
      if (!o || o !== e.origin) return;
      s = f.ntmEmbed || (f.ntmEmbed = { t: 0, h: 0, timer: 0 });
      s.h = h;
      if (s.timer) return;
      wait = s.t + GAP - +new Date();
      if (wait <= 0) apply(f);
      else s.timer = setTimeout(function () { apply(f); }, wait);
      return;
    }
  });
  // Frames loaded before this script: ask again.
  for (var i = 0; i < F.length; i++) {
    var o = ours(F[i]);
    if (o && F[i].contentWindow) {
      try { F[i].contentWindow.postMessage({ type: 'ntm-map:get-height' }, o); } catch (x) {}
    }
  }
})(window, document);
