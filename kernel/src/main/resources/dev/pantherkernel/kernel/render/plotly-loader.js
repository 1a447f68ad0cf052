// Finds plotly.js for the charts of a page, once for all of them: window.pantherPlotly, made by whichever chart or
// carrier script runs first. Where it comes from, first found: a Plotly already on the page; the copy a chart output
// carries (gzip, base64; one per notebook, see PlotlyCarrier), which may come later in the page than the charts that
// need it, so a page still loading is read to its end first; the copy a Jupyter server hands out beside the kernel;
// plotly's CDN. Charts that cannot have it keep their picture and say why; they draw if it comes later after all.
var shared = window.pantherPlotly;
if (!shared) {
  shared = window.pantherPlotly = {
    state: 'none', // none | carried (a carried copy is being unpacked) | loading | ready | failed
    waiting: [],
    pending: null,
    cdn: '__CDN__',
    when: function (ready, failed) {
      if (window.Plotly) { ready(window.Plotly); return; }
      shared.waiting.push([ready, failed]);
      if (shared.state === 'failed') { failed(); return; }
      if (shared.state !== 'none') { return; }
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', shared.find);
      } else {
        shared.find();
      }
    },
    settle: function (Plotly) {
      if (Plotly) {
        shared.state = 'ready';
        var ready = shared.waiting;
        shared.waiting = [];
        ready.forEach(function (w) { w[0](Plotly); });
      } else {
        shared.state = 'failed';
        shared.waiting.forEach(function (w) { w[1](); });
      }
    },
    find: function () {
      if (window.Plotly) { shared.settle(window.Plotly); return; }
      if (shared.state !== 'none') { return; }
      shared.state = 'loading';
      var sources = [];
      var config = document.getElementById('jupyter-config-data');
      var base = document.body && document.body.getAttribute('data-base-url');
      try { base = config ? JSON.parse(config.textContent).baseUrl : base; } catch (e) { }
      if (base && location.protocol.indexOf('http') === 0) { sources.push(base.replace(/\/?$/, '/') + 'kernelspecs/panther/plotly.min'); }
      sources.push(shared.cdn);
      function failed() {
        if (shared.pending) { var carried = shared.pending; shared.pending = null; shared.state = 'none'; shared.carry(carried); return; }
        shared.settle(null);
      }
      if (typeof window.requirejs === 'function') {
        window.requirejs.config({paths: {plotly: sources}});
        window.requirejs(['plotly'], function (Plotly) { window.Plotly = window.Plotly || Plotly; shared.settle(Plotly); }, failed);
        return;
      }
      (function next(i) {
        if (i >= sources.length) { failed(); return; }
        var script = document.createElement('script');
        script.src = sources[i] + '.js';
        script.onload = function () { if (window.Plotly) { shared.settle(window.Plotly); } else { next(i + 1); } };
        script.onerror = function () { next(i + 1); };
        document.head.appendChild(script);
      })(0);
    },
    carry: function (gzipBase64) {
      if (window.Plotly) { shared.settle(window.Plotly); return; }
      if (shared.state === 'carried' || shared.state === 'ready') { return; }
      if (shared.state === 'loading') { shared.pending = gzipBase64; return; }
      if (!window.DecompressionStream) { return; }
      shared.state = 'carried';
      var binary = atob(gzipBase64);
      var bytes = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
      new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text().then(function (source) {
        // with define, module and exports hidden plotly sets window.Plotly, even on a page with RequireJS
        var script = document.createElement('script');
        script.textContent = '(function (define, module, exports) {\n' + source + '\n}).call(window);';
        document.head.appendChild(script);
        shared.state = 'none';
        if (window.Plotly) { shared.settle(window.Plotly); } else if (shared.waiting.length) { shared.find(); }
      }, function () {
        shared.state = 'none';
        if (shared.waiting.length) { shared.find(); }
      });
    }
  };
}
