// Capital Loop embed helper for host pages: resizes every <iframe data-capital-loop> to the height
// its chart reports, and sends a page's commands once the chart can take them.
// Include once per page: <script src=".../embed-host.js" async></script>
(function () {
  var ready = [];
  var waiting = [];
  var reported = [];
  function frames() {
    return document.querySelectorAll('iframe[data-capital-loop]');
  }
  function markReady(source) {
    if (ready.indexOf(source) >= 0) return;
    ready.push(source);
    var still = [];
    for (var k = 0; k < waiting.length; k++) {
      if (waiting[k].frame.contentWindow === source) source.postMessage(waiting[k].message, '*');
      else still.push(waiting[k]);
    }
    waiting = still;
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    // A chart posts its height only once drawn, after it is ready: a height says ready too, for a
    // helper that loaded after the ready message went by.
    if (data && (data.type === 'capital-loop:ready' || data.type === 'capital-loop:height')) markReady(event.source);
    if (!data || data.type !== 'capital-loop:height' || typeof data.height !== 'number') return;
    if (!(data.height > 0 && data.height < 20000)) return;
    var all = frames();
    for (var i = 0; i < all.length; i++) {
      if (all[i].contentWindow === event.source) {
        if (reported.indexOf(all[i]) < 0) reported.push(all[i]);
        all[i].style.height = Math.ceil(data.height) + 'px';
        // The reserved size has done its work: from now on the chart's own height counts.
        all[i].style.aspectRatio = 'auto';
        all[i].style.minHeight = '0';
      }
    }
  });
  // Charts that loaded before this script ran have already reported: ask them again.
  function measure(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'capital-loop:measure' }, '*');
  }
  // Before a chart reports, size its iframe from the snippet's table of heights by width
  // (data-heights="320:2087 375:1903 …", interpolated), so the article barely moves on load.
  function reserve(frame) {
    var table = (frame.getAttribute('data-heights') || '').split(' ').map(function (pair) {
      return pair.split(':').map(Number);
    });
    var width = frame.getBoundingClientRect().width;
    if (!(table.length > 0 && table[0].length === 2 && width > 0)) return;
    var height = table[0][1];
    for (var k = 0; k < table.length; k++) {
      var next = table[k];
      var prev = table[k - 1];
      if (width >= next[0]) height = next[1];
      else if (prev) height = prev[1] + ((next[1] - prev[1]) * (width - prev[0])) / (next[0] - prev[0]);
      if (width < next[0]) break;
    }
    frame.style.height = Math.ceil(height) + 'px';
    frame.style.aspectRatio = 'auto';
    frame.style.minHeight = '0';
  }
  var all = frames();
  for (var i = 0; i < all.length; i++) {
    if (reported.indexOf(all[i]) < 0) reserve(all[i]);
    measure(all[i]);
    all[i].addEventListener('load', measure.bind(null, all[i]));
  }
  // CapitalLoop.send(iframe, message): posts now if the chart is ready, else keeps it (in order) until it is.
  window.CapitalLoop = {
    send: function (frame, message) {
      if (frame.contentWindow && ready.indexOf(frame.contentWindow) >= 0) frame.contentWindow.postMessage(message, '*');
      else waiting.push({ frame: frame, message: message });
    },
  };
})();
