// Dyad's server-side chart rendering: evaluated after echarts.min.js in a GraalJS context.
// ECharts draws the option with its own SVG renderer (ssr: true) and returns the SVG as a string.
(function (global) {
  // ECharts schedules nothing when rendering for the server, but looks these up.
  global.setTimeout = global.setTimeout || function () { return 0; };
  global.clearTimeout = global.clearTimeout || function () {};

  // Text is measured by the host with the font the PDF embeds, so labels are laid out for it.
  echarts.setPlatformAPI({
    measureText: function (text, font) {
      return { width: dyadMeasureText(String(text == null ? '' : text), String(font || '')) };
    }
  });

  global.dyadRenderSvg = function (optionJson, width, height) {
    var chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: width, height: height });
    try {
      chart.setOption(JSON.parse(optionJson));
      return chart.renderToSVGString();
    } finally {
      chart.dispose();
    }
  };
})(globalThis);
