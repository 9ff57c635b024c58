// Capital Loop embed helper for host pages: resizes every <iframe data-capital-loop> to the height
// its chart reports. Include once per page: <script src=".../embed-host.js" async></script>
(function () {
  function frames() {
    return document.querySelectorAll('iframe[data-capital-loop]');
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'capital-loop:height' || typeof data.height !== 'number') return;
    if (!(data.height > 0 && data.height < 20000)) return;
    var all = frames();
    for (var i = 0; i < all.length; i++) {
      if (all[i].contentWindow === event.source) all[i].style.height = Math.ceil(data.height) + 'px';
    }
  });
  // Charts that loaded before this script ran have already reported: ask them again.
  function measure(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'capital-loop:measure' }, '*');
  }
  var all = frames();
  for (var i = 0; i < all.length; i++) {
    measure(all[i]);
    all[i].addEventListener('load', measure.bind(null, all[i]));
  }
})();
