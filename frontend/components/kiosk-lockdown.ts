/**
 * In-app lockdown: what a page can do to keep a public kiosk inside the app. The browser's own
 * lockdown (kiosk mode, no address bar, no new windows) is configured in kiosk-config/.
 *
 * - no context menu, no dragging text or images out, no dropping files in
 * - no text selection outside fields
 * - no zooming (pinch, Ctrl+wheel, Ctrl+plus/minus) unless the visitor chose larger text
 * - no navigation away: links to other sites do nothing (the app shows them as QR codes),
 *   no new windows, no Alt+Left/Right history jumps
 * - a page that the browser brings back from its history (Back after a wipe, a mouse's back
 *   button, the back-forward cache) goes to the attract screen, so a wiped session's screens can
 *   never reappear
 *
 * Stop (any element marked `data-kiosk-stop`) leaves at once for the session-ended page, without
 * waiting for the server's answer to the tap: that page wipes the session on the server, clears
 * cookies and storage, and sends the browser to the attract screen.
 *
 * It is active only while a `<kiosk-lockdown>` element is in the page, which kiosk screens render
 * (the layout, the attract screen, the problem screen) and staff screens under /admin do not.
 */

const ZOOM_KEYS = new Set(['+', '-', '=', '0', 'Add', 'Subtract']);
const HISTORY_KEYS = new Set(['BrowserBack', 'BrowserForward', 'BrowserHome']);

/**
 * How this document was loaded, read once: Navigation Timing says 'back_forward' when the browser
 * took it from its history rather than from a tap in the app.
 */
const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
let loadedFromHistory = navigation?.type === 'back_forward';

function zoomAllowed(): boolean {
  return document.documentElement.classList.contains('kiosk-large-text');
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement
    || (target instanceof HTMLElement && target.isContentEditable);
}

function leavesTheApp(event: Event): boolean {
  const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (!anchor || !anchor.href) {
    return false;
  }
  const url = new URL(anchor.href, window.location.href);
  return url.origin !== window.location.origin || anchor.target === '_blank' || anchor.hasAttribute('download');
}

function toAttractScreen() {
  window.location.replace(new URL('./', document.baseURI).href);
}

const block = (event: Event) => event.preventDefault();

const onSelectStart = (event: Event) => {
  if (!isEditable(event.composedPath()[0] ?? null)) {
    event.preventDefault();
  }
};

const onWheel = (event: WheelEvent) => {
  if (event.ctrlKey && !zoomAllowed()) {
    event.preventDefault();
  }
};

const onTouchMove = (event: TouchEvent) => {
  if (event.touches.length > 1 && !zoomAllowed()) {
    event.preventDefault();
  }
};

const onKeyDown = (event: KeyboardEvent) => {
  const zoom = (event.ctrlKey || event.metaKey) && ZOOM_KEYS.has(event.key) && !zoomAllowed();
  const history = HISTORY_KEYS.has(event.key) || (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight'));
  if (zoom || history) {
    event.preventDefault();
  }
};

const onLinkClick = (event: Event) => {
  if (leavesTheApp(event)) {
    event.preventDefault();
    event.stopPropagation();
  }
};

/** The same steps as the server's wipe script (VisitorSessionService.CLIENT_WIPE), started here. */
const onStop = (event: Event) => {
  const stop = event.composedPath().some((node) => node instanceof HTMLElement && node.hasAttribute('data-kiosk-stop'));
  if (!stop) {
    return;
  }
  window.dispatchEvent(new Event('kiosk-session-wipe'));
  try {
    window.localStorage.clear();
    window.sessionStorage.clear();
  } catch {
    // storage disabled
  }
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0].trim();
    if (name) {
      document.cookie = `${name}=; Max-Age=0; path=/`;
    }
  }
  window.location.replace(new URL('session-ended?reason=stopped', document.baseURI).href);
};

const onPageShow = (event: PageTransitionEvent) => {
  if (event.persisted) {
    toAttractScreen();
  }
};

const capture = { capture: true };
const active = { capture: true, passive: false };
const originalOpen = window.open;
let installed = 0;

function install() {
  window.addEventListener('contextmenu', block, capture);
  window.addEventListener('dragstart', block, capture);
  window.addEventListener('dragover', block, capture);
  window.addEventListener('drop', block, capture);
  window.addEventListener('selectstart', onSelectStart, capture);
  window.addEventListener('wheel', onWheel, active);
  window.addEventListener('touchmove', onTouchMove, active);
  window.addEventListener('keydown', onKeyDown, capture);
  window.addEventListener('click', onLinkClick, capture);
  window.addEventListener('auxclick', onLinkClick, capture);
  window.addEventListener('click', onStop, capture);
  window.addEventListener('pageshow', onPageShow);
  window.open = () => null;
}

function uninstall() {
  window.removeEventListener('contextmenu', block, capture);
  window.removeEventListener('dragstart', block, capture);
  window.removeEventListener('dragover', block, capture);
  window.removeEventListener('drop', block, capture);
  window.removeEventListener('selectstart', onSelectStart, capture);
  window.removeEventListener('wheel', onWheel, active);
  window.removeEventListener('touchmove', onTouchMove, active);
  window.removeEventListener('keydown', onKeyDown, capture);
  window.removeEventListener('click', onLinkClick, capture);
  window.removeEventListener('auxclick', onLinkClick, capture);
  window.removeEventListener('click', onStop, capture);
  window.removeEventListener('pageshow', onPageShow);
  window.open = originalOpen;
}

class KioskLockdown extends HTMLElement {
  connectedCallback() {
    this.style.display = 'none';
    // when a kiosk screen was shown, for the journeys that measure how fast Stop gets here
    performance.mark('kiosk-screen-shown');
    if (installed++ === 0) {
      install();
    }
    if (loadedFromHistory) {
      loadedFromHistory = false; // once per document: the attract screen it leads to stays
      if (window.location.pathname !== new URL('./', document.baseURI).pathname) {
        toAttractScreen();
      }
    }
  }

  disconnectedCallback() {
    if (--installed === 0) {
      uninstall();
    }
  }
}

customElements.define('kiosk-lockdown', KioskLockdown);

export {};
