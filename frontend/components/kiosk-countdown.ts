import { LitElement, css, html, svg } from 'lit';

const RADIUS = 54;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * A large countdown in whole seconds with a shrinking ring. Every new value of `run` (other than
 * 0) starts it from `seconds`; 0 stops it. It counts against the clock rather than counting
 * ticks, so a busy browser cannot stretch it, and it keeps its deadline when the dialog around it
 * moves it in the page. Fires `countdown-finished` at zero.
 */
class KioskCountdown extends LitElement {
  static properties = {
    seconds: { type: Number },
    unit: { type: String },
    run: { type: Number },
    remaining: { state: true },
  };

  static styles = css`
    :host {
      display: inline-block;
      flex-shrink: 0;
      width: 8rem;
      height: 8rem;
      position: relative;
      color: var(--lumo-body-text-color, #1a1a1a);
    }
    svg {
      width: 100%;
      height: 100%;
      transform: rotate(-90deg);
    }
    .track {
      stroke: var(--lumo-contrast-20pct, #ccc);
    }
    .progress {
      stroke: var(--kiosk-countdown-color, var(--lumo-primary-color, #0050b3));
      transition: stroke-dashoffset 0.25s linear;
    }
    .label {
      position: absolute;
      inset: 0;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      line-height: 1.1;
    }
    .number {
      font-size: 2.6rem;
      font-weight: 700;
    }
    .unit {
      font-size: 1rem;
    }
  `;

  declare seconds: number;
  declare unit: string;
  declare run: number;
  declare remaining: number;

  private deadline = 0;
  private interval: number | undefined;

  constructor() {
    super();
    this.seconds = 30;
    this.unit = '';
    this.run = 0;
    this.remaining = 30;
  }

  protected override updated(changed: Map<string, unknown>) {
    if (changed.has('run')) {
      this.deadline = this.run ? Date.now() + this.seconds * 1000 : 0;
      this.remaining = this.seconds;
      this.tickEvery200ms();
    }
  }

  override connectedCallback() {
    super.connectedCallback();
    this.tickEvery200ms();
  }

  override disconnectedCallback() {
    window.clearInterval(this.interval);
    this.interval = undefined;
    super.disconnectedCallback();
  }

  private tickEvery200ms() {
    window.clearInterval(this.interval);
    this.interval = undefined;
    if (this.deadline && this.isConnected) {
      this.interval = window.setInterval(() => this.tick(), 200);
      this.tick();
    }
  }

  private tick() {
    const left = Math.max(0, Math.ceil((this.deadline - Date.now()) / 1000));
    this.remaining = left;
    if (left === 0) {
      window.clearInterval(this.interval);
      this.interval = undefined;
      this.deadline = 0;
      this.dispatchEvent(new CustomEvent('countdown-finished'));
    }
  }

  protected override render() {
    const fraction = this.seconds > 0 ? this.remaining / this.seconds : 0;
    return html`
      <svg viewBox="0 0 120 120" aria-hidden="true">
        ${svg`<circle class="track" cx="60" cy="60" r="${RADIUS}" fill="none" stroke-width="10"></circle>
        <circle class="progress" cx="60" cy="60" r="${RADIUS}" fill="none" stroke-width="10"
          stroke-dasharray="${CIRCUMFERENCE}" stroke-dashoffset="${CIRCUMFERENCE * (1 - fraction)}"></circle>`}
      </svg>
      <div class="label" role="timer" aria-atomic="true">
        <span class="number" id="remaining">${this.remaining}</span>
        <span class="unit">${this.unit}</span>
      </div>
    `;
  }
}

customElements.define('kiosk-countdown', KioskCountdown);
