/**
 * In-app lockdown: what a page can do to keep a public kiosk inside the app. The browser's own
 * lockdown (kiosk mode, no address bar, no new windows) is configured in kiosk-config/.
 *
 * - no context menu, no dragging text or images out, no dropping files in
 * - no text selection outside fields
 * - no zooming (pinch, Ctrl+wheel, Ctrl+plus/minus) unless the visitor chose larger text
 * - no navigation away: links to other sites do nothing (the app shows them as QR codes),
 *   no new windows, no Alt+Left/Right history jumps
 * - a page brought back from the back-forward cache goes to the attract screen, so a wiped
 *   session can never reappear from the browser's memory
 */
declare global {
  interface Window {
    kioskLockdownInstalled?: boolean;
  }
}

const ZOOM_KEYS = new Set(['+', '-', '=', '0', 'Add', 'Subtract']);
const HISTORY_KEYS = new Set(['BrowserBack', 'BrowserForward', 'BrowserHome']);

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

function block(event: Event) {
  event.preventDefault();
}

if (!window.kioskLockdownInstalled) {
  window.kioskLockdownInstalled = true;
  const capture = { capture: true };
  const active = { capture: true, passive: false };

  window.addEventListener('contextmenu', block, capture);
  window.addEventListener('dragstart', block, capture);
  window.addEventListener('dragover', block, capture);
  window.addEventListener('drop', block, capture);
  window.addEventListener('selectstart', (event) => {
    if (!isEditable(event.composedPath()[0] ?? null)) {
      event.preventDefault();
    }
  }, capture);
  window.addEventListener('wheel', (event) => {
    if (event.ctrlKey && !zoomAllowed()) {
      event.preventDefault();
    }
  }, active);
  window.addEventListener('touchmove', (event) => {
    if (event.touches.length > 1 && !zoomAllowed()) {
      event.preventDefault();
    }
  }, active);
  window.addEventListener('keydown', (event) => {
    const zoom = (event.ctrlKey || event.metaKey) && ZOOM_KEYS.has(event.key) && !zoomAllowed();
    const history = HISTORY_KEYS.has(event.key) || (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight'));
    if (zoom || history) {
      event.preventDefault();
    }
  }, capture);
  for (const type of ['click', 'auxclick']) {
    window.addEventListener(type, (event) => {
      if (leavesTheApp(event)) {
        event.preventDefault();
        event.stopPropagation();
      }
    }, capture);
  }
  window.open = () => null;
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) {
      window.location.replace('/');
    }
  });
}

export {};
