/*
 * Panther Kernel: JupyterLab's theme colours for the kernel's plotly charts, in JupyterLab 4 and Notebook 7.
 *
 * The plotly renderer those front ends use for application/vnd.plotly.v1+json draws a figure as it is; the kernel's
 * figures have transparent backgrounds and draw their text in one neutral grey, rgb(128, 128, 128). This stylesheet
 * gives exactly that text the theme's font colour, so charts read in light and dark themes and change with the theme.
 * Other charts (other kernels', or colours a user chose) are left alone.
 *
 * A federated extension with a single "style" module, written by hand: JupyterLab loads this file, calls init() and
 * then get('./style') and runs the factory it returns.
 */
(function () {
  var CSS = [
    '.jp-RenderedPlotly text[style*="fill: rgb(128, 128, 128)"] { fill: var(--jp-ui-font-color1) !important; }',
    '.jp-RenderedPlotly path[style*="stroke: rgba(128, 128, 128, 0.25)"] { stroke: var(--jp-border-color2) !important; }'
  ].join('\n');
  var containers = (window._JUPYTERLAB = window._JUPYTERLAB || {});
  containers['panther-kernel-charts'] = {
    init: function () {
      return Promise.resolve();
    },
    get: function (module) {
      if (module !== './style') {
        return Promise.reject(new Error('panther-kernel-charts has no module ' + module));
      }
      return Promise.resolve(function () {
        if (!document.getElementById('panther-kernel-charts')) {
          var style = document.createElement('style');
          style.id = 'panther-kernel-charts';
          style.textContent = CSS;
          document.head.appendChild(style);
        }
        return {};
      });
    }
  };
})();
