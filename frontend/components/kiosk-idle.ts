import { LitElement, nothing } from 'lit';

declare global {
  interface Window {
    /** Scroll position of each address at the visitor's last tap or key on it (see MainLayout). */
    kioskScrollPositions?: Record<string, number>;
  }
}

/**
 * Remembers where the screen was scrolled when the visitor tapped: a tap may open another
 * screen, and coming back (from a vacancy to the results) returns to the same place. It lives in
 * the page only, so a wipe, which loads a new page, forgets it.
 */
const rememberScroll = () => {
  (window.kioskScrollPositions ??= {})[window.location.pathname] = window.scrollY;
};

/** Everything a visitor can do to a kiosk counts as being there. */
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'input', 'scroll'] as const;

/**
 * Fires `kiosk-idle` once after `timeout` seconds without touch, mouse or keyboard input.
 * While `paused` (the "are you still there?" question is open) it does not count.
 *
 * It also fires `kiosk-active` at most once every `report` seconds while there is input (and once
 * more after the last input of such a period), so that the server can keep a deadline of its
 * own: if this page freezes, its timers never fire, and the server wipes the session all the same.
 */
class KioskIdle extends LitElement {
  static properties = {
    timeout: { type: Number },
    report: { type: Number },
    paused: { type: Boolean },
  };

  declare timeout: number;
  declare report: number;
  declare paused: boolean;

  private timer: number | undefined;
  private lastReport = 0;
  private reportTimer: number | undefined;
  private readonly onActivity = () => {
    this.restart();
    this.reportActivity();
  };

  constructor() {
    super();
    this.timeout = 120;
    this.report = 5;
    this.paused = false;
  }

  private reportActivity() {
    if (this.reportTimer !== undefined) {
      return; // a report is already due; it covers this input too
    }
    const wait = this.lastReport + this.report * 1000 - Date.now();
    const send = () => {
      this.reportTimer = undefined;
      this.lastReport = Date.now();
      this.dispatchEvent(new CustomEvent('kiosk-active'));
    };
    if (wait <= 0) {
      send();
    } else {
      this.reportTimer = window.setTimeout(send, wait);
    }
  }

  override connectedCallback() {
    super.connectedCallback();
    this.style.display = 'none';
    for (const type of ACTIVITY) {
      window.addEventListener(type, this.onActivity, { capture: true, passive: true });
    }
    window.addEventListener('pointerdown', rememberScroll, { capture: true, passive: true });
    window.addEventListener('keydown', rememberScroll, { capture: true, passive: true });
    this.restart();
  }

  override disconnectedCallback() {
    for (const type of ACTIVITY) {
      window.removeEventListener(type, this.onActivity, { capture: true });
    }
    window.removeEventListener('pointerdown', rememberScroll, { capture: true });
    window.removeEventListener('keydown', rememberScroll, { capture: true });
    window.clearTimeout(this.timer);
    window.clearTimeout(this.reportTimer);
    this.reportTimer = undefined;
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
