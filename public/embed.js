/* Bản đồ số NTM Lâm Đồng: resizes its iframes to the height they post (MIT) */
(function (w) {
  if (w.ntmMapEmbed) return;
  w.ntmMapEmbed = 1;
  var F = document.getElementsByTagName('iframe');
  function o(f) { try { return new URL(f.src, location.href).origin; } catch (x) { return ''; } }
  w.addEventListener('message', function (e) {
    var d = e.data, h, i;
    if (!d || d.type !== 'ntm-map:height') return;
    h = Math.ceil(+d.height);
    if (!(h > 50 && h < 1e4)) return;
    for (i = 0; i < F.length; i++) {
      if (F[i].contentWindow === e.source && o(F[i]) === e.origin) F[i].style.height = h + 'px';
    }
  });
  // Frames loaded before this script: ask again.
  for (var i = 0; i < F.length; i++) {
    if (F[i].hasAttribute('data-ntm-map') && F[i].contentWindow) {
      try { F[i].contentWindow.postMessage({ type: 'ntm-map:get-height' }, o(F[i])); } catch (x) {}
    }
  }
})(window);
