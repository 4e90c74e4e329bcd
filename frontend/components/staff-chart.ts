import { LitElement, css, html } from 'lit';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/**
 * A bar chart of the staff console, drawn with Chart.js (MIT) on a canvas. One series only, so no
 * meaning rests on colour: what a bar is says its axis label, and the same figures are in a table
 * next to the chart (the server draws that). The canvas is an image with a text summary for
 * screen readers (`summary`). No animation: the figures show at once, also in screenshots.
 *
 * Properties, set by the server: `labels` (one per bar), `values` (numbers), `seriesLabel` (what
 * is counted, for the tooltip), `horizontal` (long labels such as search words), `summary`.
 */
class StaffChart extends LitElement {
  static properties = {
    labels: { type: Array },
    values: { type: Array },
    seriesLabel: { type: String },
    horizontal: { type: Boolean },
    summary: { type: String },
  };

  static styles = css`
    :host {
      display: block;
      position: relative;
      width: 100%;
      height: var(--staff-chart-height, 18rem);
    }
    .box {
      position: relative;
      width: 100%;
      height: 100%;
    }
    canvas {
      display: block;
    }
  `;

  declare labels: string[];
  declare values: number[];
  declare seriesLabel: string;
  declare horizontal: boolean;
  declare summary: string;

  private chart: Chart | undefined;

  constructor() {
    super();
    this.labels = [];
    this.values = [];
    this.seriesLabel = '';
    this.horizontal = false;
    this.summary = '';
  }

  override connectedCallback() {
    super.connectedCallback();
    // attached again after a move (Flow moves a view into its layout): draw it again
    this.requestUpdate();
  }

  override disconnectedCallback() {
    this.chart?.destroy();
    this.chart = undefined;
    super.disconnectedCallback();
  }

  protected override render() {
    return html`<div class="box"><canvas role="img" aria-label=${this.summary}>${this.summary}</canvas></div>`;
  }

  protected override updated() {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas) {
      return;
    }
    if (this.chart && this.chart.options.indexAxis !== (this.horizontal ? 'y' : 'x')) {
      this.chart.destroy();
      this.chart = undefined;
    }
    const style = getComputedStyle(this);
    const bar = style.getPropertyValue('--staff-chart-bar').trim() || '#1a5fb4';
    const text = style.getPropertyValue('--staff-chart-text').trim() || '#1f2933';
    const grid = style.getPropertyValue('--staff-chart-grid').trim() || '#d5dbe1';
    // the page's own type, at a size staff can read (Chart.js draws 12 px by default)
    const font = { family: style.fontFamily, size: 14 };
    const data = {
      labels: [...this.labels],
      datasets: [{
        label: this.seriesLabel, data: [...this.values], backgroundColor: bar, borderColor: bar, maxBarThickness: 56,
      }],
    };
    if (this.chart) {
      this.chart.data = data;
      this.chart.update('none');
      return;
    }
    this.chart = new Chart(canvas, {
      type: 'bar',
      data,
      options: {
        indexAxis: this.horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false }, tooltip: { enabled: true, titleFont: font, bodyFont: font } },
        scales: {
          x: { ticks: { color: text, precision: 0, font }, grid: { color: grid }, beginAtZero: true },
          y: { ticks: { color: text, precision: 0, font }, grid: { color: grid }, beginAtZero: true },
        },
      },
    });
  }
}

customElements.define('staff-chart', StaffChart);
