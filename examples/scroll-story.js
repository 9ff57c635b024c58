// A scroll-driven article: each paragraph with data-step="N" shows step N of Capital Loop's story
// in the sticky iframe as it reaches the middle of the screen. No dependency, and no inline script
// (an article page often forbids those in its Content-Security-Policy).
(function () {
  var figure = document.querySelector('.story__chart');
  var iframe = figure.querySelector('iframe');
  // Where the chart lives: ?app=… overrides the figure's data-app (the end-to-end test uses it).
  var app = new URL(new URLSearchParams(location.search).get('app') || figure.getAttribute('data-app'), location.href);
  var src = new URL('./', app);
  src.searchParams.set('embed', '1');
  src.searchParams.set('controls', 'none');
  src.searchParams.set('step', '1');
  // Commands from this page only (a page opened from a file has no origin to name).
  if (location.origin !== 'null') src.searchParams.set('origin', location.origin);
  iframe.src = src.href;

  // Messages sent before the chart says it is ready could reach the blank page a frame starts
  // with and be lost: keep the latest step until then.
  var ready = false;
  var pending = null;
  function send(message) {
    if (ready) iframe.contentWindow.postMessage(message, app.origin);
    else pending = message;
  }
  addEventListener('message', function (event) {
    if (event.source !== iframe.contentWindow || event.origin !== app.origin || !event.data) return;
    if (event.data.type === 'capital-loop:ready') {
      ready = true;
      if (pending) send(pending);
      pending = null;
    }
    if (event.data.type === 'capital-loop:height' && event.data.height > 0) {
      iframe.style.height = Math.ceil(event.data.height) + 'px';
      figure.style.setProperty('--chart-height', Math.ceil(event.data.height) + 'px');
    }
  });

  var paragraphs = document.querySelectorAll('[data-step]');
  var current = null;
  // A paragraph counts once it crosses the middle line of the screen.
  var observer = new IntersectionObserver(
    function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        var step = Number(entry.target.getAttribute('data-step'));
        paragraphs.forEach(function (p) {
          p.classList.toggle('is-active', p === entry.target);
        });
        if (step === current) return;
        current = step;
        send({ type: 'capital-loop:step', step: step });
      });
    },
    { rootMargin: '-50% 0px -50% 0px' },
  );
  paragraphs.forEach(function (p) {
    observer.observe(p);
  });
})();
