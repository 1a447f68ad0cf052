(function () {
var div = document.getElementById('__DIV__');
var figure = __FIGURE__;
var NEUTRAL = '__NEUTRAL__';
__LOADER__
function css(name, fallback) {
  var v = window.getComputedStyle(div).getPropertyValue(name);
  return v && v.trim() ? v.trim() : fallback;
}
function themed(layout) {
  var text = css('--jp-ui-font-color1', '#2a2a2a'), grid = css('--jp-border-color2', '#e0e0e0');
  var out = JSON.parse(JSON.stringify(layout));
  if (out.font && out.font.color === NEUTRAL) { out.font.color = text; }
  Object.keys(out).forEach(function (k) {
    if (/^[xy]axis\d*$/.test(k) && out[k] && out[k].gridcolor && out[k].gridcolor.indexOf('128,128,128') >= 0) {
      out[k].gridcolor = grid; out[k].zerolinecolor = grid;
    }
  });
  return out;
}
function note(text) {
  var p = div.parentNode.querySelector('.panther-chart-note');
  if (p) { p.textContent = text; p.style.display = 'block'; }
}
function draw(Plotly) {
  var picture = div.querySelector('.panther-chart-picture');
  if (picture) { div.removeChild(picture); }
  try {
    Plotly.newPlot(div, figure.data, themed(figure.layout), figure.config);
  } catch (e) {
    if (picture) { div.appendChild(picture); }
    note('This is a picture of the chart: plotly.js could not draw it (' + e.message + ').');
    return;
  }
  var shown = div.parentNode.querySelector('.panther-chart-note');
  if (shown) { shown.style.display = 'none'; }
  if (window.ResizeObserver) {
    new ResizeObserver(function () { if (div.offsetWidth > 0) { Plotly.Plots.resize(div); } }).observe(div);
  }
  if (window.MutationObserver && document.body) {
    new MutationObserver(function () { Plotly.relayout(div, themed(figure.layout)); })
      .observe(document.body, {attributes: true, attributeFilter: ['data-jp-theme-light', 'data-jp-theme-name']});
  }
}
shared.when(draw, function () {
  note('This is a picture of the chart: plotly.js could not be loaded here (no network?), so it is not interactive.');
});
})();
