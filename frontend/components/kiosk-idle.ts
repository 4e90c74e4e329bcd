import { LitElement, nothing } from 'lit';

/** Everything a visitor can do to a kiosk counts as being there. */
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'input', 'scroll'] as const;

/**
 * Fires `kiosk-idle` once after `timeout` seconds without touch, mouse or keyboard input.
 * While `paused` (the "are you still there?" question is open) it does not count.
 */
class KioskIdle extends LitElement {
  static properties = {
    timeout: { type: Number },
    paused: { type: Boolean },
  };

  declare timeout: number;
  declare paused: boolean;

  private timer: number | undefined;
  private readonly onActivity = () => this.restart();

  constructor() {
    super();
    this.timeout = 120;
    this.paused = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.style.display = 'none';
    for (const type of ACTIVITY) {
      window.addEventListener(type, this.onActivity, { capture: true, passive: true });
    }
    this.restart();
  }

  override disconnectedCallback() {
    for (const type of ACTIVITY) {
      window.removeEventListener(type, this.onActivity, { capture: true });
    }
    window.clearTimeout(this.timer);
    super.disconnectedCallback();
  }

  protected override createRenderRoot() {
    return this;
  }

  protected override render() {
    return nothing;
  }

  protected override updated() {
    this.restart();
  }

  private restart() {
    window.clearTimeout(this.timer);
    this.timer = undefined;
    if (this.paused || !this.isConnected) {
      return;
    }
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      this.dispatchEvent(new CustomEvent('kiosk-idle'));
    }, this.timeout * 1000);
  }
}

customElements.define('kiosk-idle', KioskIdle);
