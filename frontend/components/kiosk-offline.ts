import { LitElement, css, html } from 'lit';

type ConnectionStore = {
  state: string;
  addStateChangeListener(listener: (previous: string, current: string) => void): void;
  removeStateChangeListener(listener: (previous: string, current: string) => void): void;
};

/** Vaadin's connection state (from @vaadin/common-frontend), read without importing its types. */
function connectionState(): ConnectionStore | undefined {
  return (window as unknown as { Vaadin?: { connectionState?: ConnectionStore } }).Vaadin?.connectionState;
}

/** A network blip shorter than this shows nothing. */
const SHOW_AFTER_MS = 1500;
/** How often the server is asked whether it is back. */
const PROBE_EVERY_MS = 3000;
/** Vaadin's own reconnect gets this long once the server answers again, then the page starts over. */
const RECONNECT_GRACE_MS = 5000;

/**
 * When the server cannot be reached, the visitor sees one plain message in the screen's language,
 * over the whole screen, instead of Vaadin's small English bar (hidden in kiosk.css). The texts
 * come from the server beforehand: once it is gone, it cannot send them. When the server answers
 * again, the kiosk comes back by itself: Vaadin reconnects the session, or, if the server restarted
 * and the session is gone, the page goes through the session-ended page to the attract screen.
 */
class KioskOffline extends LitElement {
  static properties = {
    heading: { type: String },
    message: { type: String },
    shown: { type: Boolean, reflect: true },
  };

  static styles = css`
    :host {
      display: none;
      position: fixed;
      inset: 0;
      margin: 0;
      width: 100vw;
      height: 100vh;
      max-width: none;
      max-height: none;
      border: none;
      padding: 0;
      z-index: 20000;
      background: var(--kiosk-offline-background, #fff);
      color: var(--kiosk-offline-color, #111);
    }
    :host([shown]) {
      display: flex;
      align-items: center;
      justify-content: center;
    }
    .box {
      max-width: 40rem;
      padding: 2rem;
      text-align: center;
      font-size: 1.5rem;
      line-height: 1.4;
    }
    h1 {
      font-size: 2.2rem;
      margin: 0 0 1rem;
    }
  `;

  declare heading: string;
  declare message: string;
  declare shown: boolean;

  private showTimer: number | undefined;
  private probeTimer: number | undefined;
  private answeredAt = 0;

  private readonly onStateChange = (_previous: string, current: string) => this.follow(current);

  constructor() {
    super();
    this.heading = '';
    this.message = '';
    this.shown = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.setAttribute('role', 'alert');
    connectionState()?.addStateChangeListener(this.onStateChange);
  }

  override disconnectedCallback() {
    connectionState()?.removeStateChangeListener(this.onStateChange);
    this.stop();
    super.disconnectedCallback();
  }

  private follow(state: string) {
    if (state === 'reconnecting' || state === 'connection-lost') {
      if (this.showTimer === undefined && !this.shown) {
        this.showTimer = window.setTimeout(() => this.show(), SHOW_AFTER_MS);
      }
      return;
    }
    if (state === 'connected') {
      this.stop();
    }
  }

  private show() {
    this.showTimer = undefined;
    this.shown = true;
    // above Vaadin's dialogs and its own indicator, which live in the top layer too
    if ('showPopover' in this) {
      this.setAttribute('popover', 'manual');
      try {
        (this as HTMLElement).showPopover();
      } catch {
        // already shown
      }
    }
    this.probe();
  }

  private stop() {
    window.clearTimeout(this.showTimer);
    window.clearTimeout(this.probeTimer);
    this.showTimer = undefined;
    this.probeTimer = undefined;
    this.answeredAt = 0;
    if (this.shown) {
      this.shown = false;
      if (this.hasAttribute('popover')) {
        try {
          (this as HTMLElement).hidePopover();
        } catch {
          // already hidden
        }
      }
    }
  }

  /** Asks for a small static file: it creates no session and changes nothing on the server. */
  private async probe() {
    this.probeTimer = undefined;
    let answered = false;
    try {
      const response = await fetch(new URL('styles/kiosk.css', document.baseURI), { method: 'HEAD', cache: 'no-store' });
      answered = response.ok;
    } catch {
      answered = false;
    }
    if (!this.shown) {
      return;
    }
    if (answered) {
      const now = Date.now();
      this.answeredAt = this.answeredAt || now;
      if (connectionState()?.state === 'connection-lost' || now - this.answeredAt >= RECONNECT_GRACE_MS) {
        // the server is back but this page's session is not: start clean at the attract screen
        window.location.replace(new URL('session-ended', document.baseURI).href);
        return;
      }
    } else {
      this.answeredAt = 0;
    }
    this.probeTimer = window.setTimeout(() => this.probe(), PROBE_EVERY_MS);
  }

  protected override render() {
    return html`<div class="box"><h1>${this.heading}</h1><p>${this.message}</p></div>`;
  }
}

customElements.define('kiosk-offline', KioskOffline);
