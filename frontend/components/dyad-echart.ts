import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import * as echarts from 'echarts/core';
import { BarChart, GraphChart, HeatmapChart, LineChart, LinesChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the charts use: keeps the bundle small.
echarts.use([
  BarChart,
  GraphChart,
  HeatmapChart,
  LineChart,
  LinesChart,
  ScatterChart,
  VisualMapContinuousComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/**
 * Dyad's one chart component: a thin wrapper that draws the ECharts option the server sends, follows
 * the element's size and the page's light or dark colour scheme.
 */
@customElement('dyad-echart')
export class DyadEchart extends LitElement {
  static styles = css`
    :host { display: block; position: relative; min-height: 200px; }
    .chart { position: absolute; inset: 0; }
  `;

  /** The ECharts option, as JSON sent by the server. */
  @property({ attribute: false }) option: Record<string, unknown> | null = null;

  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;
  private schemeObserver?: MutationObserver;
  private media = window.matchMedia('(prefers-color-scheme: dark)');
  private onMedia = () => this.render2();

  render() {
    return html`<div class="chart"></div>`;
  }

  /** The ECharts instance (for browser tests and debugging). */
  get instance(): echarts.ECharts | undefined {
    return this.chart;
  }

  connectedCallback() {
    super.connectedCallback();
    // Flow may detach and re-attach the element during first render: draw again when that happens.
    if (this.hasUpdated) {
      this.init();
    }
    this.schemeObserver = new MutationObserver(() => this.render2());
    this.schemeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'style'] });
    this.media.addEventListener('change', this.onMedia);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.schemeObserver?.disconnect();
    this.media.removeEventListener('change', this.onMedia);
    this.chart?.dispose();
    this.chart = undefined;
  }

  firstUpdated() {
    this.init();
  }

  updated(changed: Map<string, unknown>) {
    if (changed.has('option')) {
      this.render2();
    }
  }

  private init() {
    const container = this.renderRoot.querySelector('.chart') as HTMLElement | null;
    if (!container) {
      return;
    }
    this.chart?.dispose();
    this.chart = echarts.init(container, undefined, { renderer: 'canvas' });
    this.chart.on('click', (params: any) => {
      this.dispatchEvent(new CustomEvent('chart-click', {
        detail: {
          seriesName: params.seriesName,
          name: params.name,
          dataIndex: params.dataIndex,
          factIds: params.data?.factIds ?? [],
          ref: params.data?.ref ?? null,
        },
        bubbles: true,
        composed: true,
      }));
    });
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    this.render2();
  }

  /** Draws the option with colours taken from the page, so it reads in light and dark schemes. */
  private render2() {
    if (!this.chart || !this.option) {
      return;
    }
    const style = getComputedStyle(this);
    const text = style.color || '#333';
    const faint = this.withAlpha(text, 0.15);
    const fainter = this.withAlpha(text, 0.04);
    const option: any = structuredClone(this.option);
    option.backgroundColor = 'transparent';
    option.textStyle = { ...(option.textStyle ?? {}), color: text, fontFamily: style.fontFamily };
    for (const key of ['legend', 'title']) {
      for (const c of this.asArray(option[key])) {
        c.textStyle = { color: text, ...(c.textStyle ?? {}) };
      }
    }
    for (const key of ['xAxis', 'yAxis']) {
      for (const axis of this.asArray(option[key])) {
        axis.axisLabel = { color: text, ...(axis.axisLabel ?? {}) };
        axis.axisLine = { ...(axis.axisLine ?? {}), lineStyle: { color: faint } };
        if (axis.splitLine) {
          axis.splitLine.lineStyle = { color: faint, ...(axis.splitLine.lineStyle ?? {}) };
        }
        if (axis.splitArea) {
          axis.splitArea.areaStyle = { color: ['transparent', fainter], ...(axis.splitArea.areaStyle ?? {}) };
        }
      }
    }
    for (const t of this.asArray(option.tooltip)) {
      if (t.formatter == null) {
        t.formatter = (params: any) => this.tooltip(params);
      }
    }
    for (const z of this.asArray(option.dataZoom)) {
      if (z.type === 'slider') {
        z.textStyle = { color: text, ...(z.textStyle ?? {}) };
      }
    }
    for (const v of this.asArray(option.visualMap)) {
      v.textStyle = { color: text, ...(v.textStyle ?? {}) };
    }
    this.chart.setOption(option, { notMerge: true });
    // the element may have been laid out again (a grid settling, a stylesheet arriving) since init
    requestAnimationFrame(() => this.chart?.resize());
  }

  /** Data items may carry plain-text tooltipLines: escaped here, so data can never inject markup. */
  private tooltip(params: any): string {
    const lines: string[] = params?.data?.tooltipLines ?? [params.seriesName, params.name];
    return lines.filter((l) => l != null && l !== '').map((l) => this.escape(String(l))).join('<br/>');
  }

  private escape(text: string): string {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
  }

  private asArray(value: any): any[] {
    return value == null ? [] : Array.isArray(value) ? (value as any[]) : [value];
  }

  private withAlpha(color: string, alpha: number) {
    const m = color.match(/rgba?\(([^)]+)\)/);
    if (!m) {
      return color;
    }
    const [r, g, b] = m[1].split(',').map((v) => v.trim());
    return `rgba(${r}, ${g}, ${b}, ${alpha})`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dyad-echart': DyadEchart;
  }
}
