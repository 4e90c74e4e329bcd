import { LitElement, css, html, unsafeCSS, type PropertyValues } from 'lit';
import { SimpleKeyboard } from 'simple-keyboard';
import keyboardStyles from 'simple-keyboard/build/css/index.css?inline';

type TextInput = HTMLInputElement | HTMLTextAreaElement;

/** Input types that take free text from the letters keyboard. */
const TEXT_TYPES = new Set(['text', 'search', 'email', 'url', 'password', '']);
/** Input types and input modes that want the number pad. */
const NUMERIC_TYPES = new Set(['number', 'tel']);
const NUMERIC_MODES = new Set(['numeric', 'decimal', 'tel']);

/**
 * Belgian AZERTY as printed on the keys: digits need Shift, as on a real Belgian keyboard, and the
 * "123" layer gives digits and accented letters directly for those who do not know that.
 */
const LAYOUT = {
  default: [
    '& é " \' ( § è ! ç à ) - {bksp}',
    'a z e r t y u i o p ^ $',
    'q s d f g h j k l m ù µ',
    '{shift} < w x c v b n , ; : = {enter}',
    '{numbers} @ {space} . {hide}',
  ],
  shift: [
    '1 2 3 4 5 6 7 8 9 0 ° _ {bksp}',
    'A Z E R T Y U I O P ¨ *',
    'Q S D F G H J K L M % £',
    '{shift} > W X C V B N ? . / + {enter}',
    '{numbers} @ {space} . {hide}',
  ],
  numbers: [
    '1 2 3 4 5 6 7 8 9 0 {bksp}',
    'é è ê ë à â ç ô û ï',
    '- / : ; ( ) € & @ "',
    '. , ? ! \' + = _ # {enter}',
    '{letters} {space} {hide}',
  ],
  pad: [
    '1 2 3',
    '4 5 6',
    '7 8 9',
    '{bksp} 0 {enter}',
    '{hide}',
  ],
};

const SPECIAL = ['{bksp}', '{enter}', '{shift}', '{numbers}', '{letters}', '{space}', '{hide}'] as const;

function textInputOf(event: Event): TextInput | null {
  return textInput(event.composedPath()[0]);
}

/** The element with the focus, looking into shadow roots. */
function focusedElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) {
    active = active.shadowRoot.activeElement;
  }
  return active;
}

function textInput(target: EventTarget | null | undefined): TextInput | null {
  if (target instanceof HTMLTextAreaElement) {
    return target.readOnly || target.disabled ? null : target;
  }
  if (target instanceof HTMLInputElement) {
    const type = target.type.toLowerCase();
    if ((TEXT_TYPES.has(type) || NUMERIC_TYPES.has(type)) && !target.readOnly && !target.disabled) {
      return target;
    }
  }
  return null;
}

function wantsNumbers(input: TextInput): boolean {
  const mode = (input.dataset.kioskInputmode ?? input.inputMode ?? '').toLowerCase();
  return NUMERIC_MODES.has(mode) || (input instanceof HTMLInputElement && NUMERIC_TYPES.has(input.type));
}

/**
 * The on-screen keyboard. It opens for any text field that gets focus, types where the caret is,
 * and pushes the page up so that it never covers the field. Tapping a key never takes the focus
 * away from the field. Key labels that are words come from the server in the visitor's language.
 */
class KioskKeyboard extends LitElement {
  static properties = {
    labelSpace: { type: String },
    labelEnter: { type: String },
    labelHide: { type: String },
    labelNumbers: { type: String },
    labelLetters: { type: String },
    labelShift: { type: String },
    labelBackspace: { type: String },
    open: { type: Boolean, reflect: true },
  };

  static styles = [
    unsafeCSS(keyboardStyles),
    css`
      :host {
        display: none;
        position: fixed;
        left: 0;
        right: 0;
        bottom: 0;
        z-index: 10000;
        padding: 0.5rem;
        background: var(--kiosk-keyboard-background, #d7dbe0);
        border-top: 2px solid var(--lumo-contrast-50pct, #666);
        box-sizing: border-box;
      }
      :host([open]) {
        display: block;
      }
      /* a modal dialog turns pointer events off on the page; the keys must still take taps */
      :host {
        pointer-events: auto;
      }
      /* in the top layer, above an open dialog: undo the browser's own popover box */
      :host([popover]) {
        inset: auto 0 0 0;
        width: auto;
        height: auto;
        margin: 0;
        overflow: visible;
        color: inherit;
        border-width: 2px 0 0 0;
      }
      @media (max-height: 800px) {
        :host {
          --kiosk-key-height: 2.75rem;
          padding: 0.35rem;
        }
      }
      .simple-keyboard {
        max-width: 1400px;
        margin: 0 auto;
        background: transparent;
        padding: 0;
        font-family: inherit;
      }
      .simple-keyboard.pad {
        max-width: 520px;
      }
      .simple-keyboard .hg-button {
        height: var(--kiosk-key-height, 3.2rem);
        min-height: 48px;
        min-width: 48px;
        font-size: 1.35rem;
        color: #111;
        background: #fff;
        border: 1px solid #8a8f96;
        border-radius: 8px;
        box-shadow: 0 1px 0 #8a8f96;
      }
      .simple-keyboard .hg-button:active,
      .simple-keyboard .hg-button.hg-activeButton {
        background: #c9d8ff;
      }
      .simple-keyboard .hg-button.kiosk-wide {
        flex-grow: 2;
        font-size: 1.1rem;
      }
      .simple-keyboard .hg-button.kiosk-space {
        flex-grow: 6;
      }
      .simple-keyboard .hg-button.kiosk-enter {
        background: #0b57d0;
        color: #fff;
        font-weight: 600;
      }
      .simple-keyboard .hg-button.kiosk-shift-on {
        background: #0b57d0;
        color: #fff;
      }
    `,
  ];

  declare labelSpace: string;
  declare labelEnter: string;
  declare labelHide: string;
  declare labelNumbers: string;
  declare labelLetters: string;
  declare labelShift: string;
  declare labelBackspace: string;
  declare open: boolean;

  private keyboard: SimpleKeyboard | undefined;
  private target: TextInput | null = null;
  private changedSinceFocus = false;
  private shiftOnce = false;
  private hideTimer: number | undefined;

  private readonly onFocusIn = (event: FocusEvent) => {
    const input = textInputOf(event);
    if (input) {
      window.clearTimeout(this.hideTimer);
      this.attach(input);
    }
  };

  /**
   * The keyboard's height settles only once its keys are laid out and the fonts are in (later than
   * the first paint, on the first open above all), and changes with the layout and the text size:
   * make room again whenever it does, so the field is never left under the keys.
   */
  private readonly onResize = new ResizeObserver(() => {
    if (this.open && this.target) {
      this.makeRoom(this.target);
    }
  });

  /**
   * A tap on a field that has the focus already (a screen that put it there, or a field whose
   * keyboard was hidden) fires no focus event: open the keyboard for it all the same.
   */
  private readonly onTap = (event: Event) => {
    if (this.open || event.composedPath().includes(this)) {
      return;
    }
    const input = textInput(focusedElement());
    if (input) {
      window.clearTimeout(this.hideTimer);
      this.attach(input);
    }
  };

  /** The session is being wiped: nothing typed may stay in the keyboard's memory. */
  private readonly onWipe = () => this.close();

  private readonly onFocusOut = (event: FocusEvent) => {
    if (textInputOf(event) !== this.target) {
      return;
    }
    this.commit();
    // another field may take the focus right away; only close when none has it then (a dialog
    // that opens moves the focus to itself and on to its field, in either order)
    this.hideTimer = window.setTimeout(() => {
      const focused = textInput(focusedElement());
      if (focused) {
        this.attach(focused);
      } else {
        this.close();
      }
    }, 150);
  };

  constructor() {
    super();
    // the layout sets every label in the visitor's language before the keyboard can open
    this.labelSpace = '';
    this.labelEnter = '';
    this.labelHide = '';
    this.labelNumbers = '';
    this.labelLetters = '';
    this.labelShift = '';
    this.labelBackspace = '';
    this.open = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('focusin', this.onFocusIn, true);
    document.addEventListener('focusout', this.onFocusOut, true);
    document.addEventListener('click', this.onTap, true);
    window.addEventListener('kiosk-session-wipe', this.onWipe);
    this.onResize.observe(this);
    // keep the focus in the field while keys are tapped
    this.addEventListener('pointerdown', (event) => event.preventDefault());
    this.addEventListener('mousedown', (event) => event.preventDefault());
  }

  override disconnectedCallback() {
    document.removeEventListener('focusin', this.onFocusIn, true);
    document.removeEventListener('focusout', this.onFocusOut, true);
    document.removeEventListener('click', this.onTap, true);
    window.removeEventListener('kiosk-session-wipe', this.onWipe);
    this.onResize.disconnect();
    this.close();
    this.keyboard?.destroy();
    this.keyboard = undefined;
    super.disconnectedCallback();
  }

  protected override render() {
    return html`<div class="simple-keyboard" role="group" aria-label="${this.labelLetters}"></div>`;
  }

  protected override firstUpdated() {
    const container = this.renderRoot.querySelector('.simple-keyboard') as HTMLDivElement;
    this.keyboard = new SimpleKeyboard(container, {
      layout: LAYOUT,
      layoutName: 'default',
      useButtonTag: true,
      preventMouseDownDefault: true,
      disableCaretPositioning: true,
      physicalKeyboardHighlight: false,
      onKeyPress: (button: string) => this.press(button),
    });
    this.applyLabels();
  }

  protected override updated(changed: PropertyValues) {
    if (this.keyboard && [...changed.keys()].some((key) => String(key).startsWith('label'))) {
      this.applyLabels();
    }
  }

  private applyLabels() {
    const names: Record<(typeof SPECIAL)[number], string> = {
      '{bksp}': '⌫',
      '{enter}': this.labelEnter,
      '{shift}': '⇧',
      '{numbers}': this.labelNumbers,
      '{letters}': this.labelLetters,
      '{space}': this.labelSpace,
      '{hide}': `⌨ ${this.labelHide}`,
    };
    const spoken: Record<string, string> = {
      '{bksp}': this.labelBackspace,
      '{shift}': this.labelShift,
    };
    this.keyboard?.setOptions({
      display: names,
      buttonTheme: [
        { class: 'kiosk-wide', buttons: '{bksp} {shift} {numbers} {letters} {hide}' },
        { class: 'kiosk-space', buttons: '{space}' },
        { class: 'kiosk-enter', buttons: '{enter}' },
      ],
      buttonAttributes: Object.entries(spoken).map(([button, label]) => ({
        attribute: 'aria-label',
        value: label,
        buttons: button,
      })),
    });
  }

  private attach(input: TextInput) {
    if (this.target !== input) {
      this.commit();
      this.keyboard?.clearInput(); // what was typed into another field is not this field's
      this.target = input;
      this.changedSinceFocus = false;
    }
    if (input.dataset.kioskInputmode === undefined) {
      // keep the operating system's own touch keyboard away; remember what the field asked for
      input.dataset.kioskInputmode = input.inputMode ?? '';
      input.inputMode = 'none';
    }
    this.setLayout(wantsNumbers(input) ? 'pad' : 'default');
    this.open = true;
    this.aboveDialog(input);
    this.updateComplete.then(() => this.makeRoom(input));
  }

  /** The dialog the field is in, told not to close on taps outside it while the keyboard serves it. */
  private dialog: (HTMLElement & { noCloseOnOutsideClick?: boolean }) | null = null;
  private dialogClosedOnOutsideClick = false;

  /**
   * A modal dialog lives in the browser's top layer, above everything else on the page, the
   * keyboard included: for a field in a dialog the keyboard goes to the top layer too, after the
   * dialog, so that it shows and takes taps above it; and a tap on a key, outside the dialog, must
   * not close the dialog.
   */
  private aboveDialog(input: TextInput) {
    const dialog = dialogOf(input);
    if (dialog !== this.dialog) {
      this.releaseDialog();
      if (dialog) {
        this.dialog = dialog;
        this.dialogClosedOnOutsideClick = !dialog.noCloseOnOutsideClick;
        dialog.noCloseOnOutsideClick = true;
      }
    }
    if (!('showPopover' in this)) {
      return;
    }
    if (this.hasAttribute('popover')) {
      try {
        (this as HTMLElement).hidePopover(); // shown again below: last in the top layer, above a newer dialog
      } catch {
        // not shown
      }
    }
    if (dialog) {
      this.setAttribute('popover', 'manual');
      try {
        (this as HTMLElement).showPopover();
      } catch {
        // already shown
      }
    } else {
      this.removeAttribute('popover');
    }
  }

  private releaseDialog() {
    if (this.dialog && this.dialogClosedOnOutsideClick) {
      this.dialog.noCloseOnOutsideClick = false;
    }
    this.dialog = null;
    this.dialogClosedOnOutsideClick = false;
  }

  /**
   * Pads the page by the keyboard's height and brings the field to the top of the screen (under
   * the top bar, see scroll-margin-top in the theme), so that the field and what appears below it,
   * such as suggestions, stay visible above the keyboard.
   */
  private makeRoom(input: TextInput) {
    const root = document.documentElement;
    root.style.setProperty('--kiosk-keyboard-height', `${this.offsetHeight}px`);
    root.classList.add('kiosk-keyboard-open');
    const field = input.getBoundingClientRect();
    const keyboardTop = window.innerHeight - this.offsetHeight;
    if (field.top < 0 || field.bottom > keyboardTop / 2) {
      input.scrollIntoView({ block: 'start' });
    }
  }

  /**
   * Closing forgets: simple-keyboard keeps its own copy of every key pressed, which must not
   * outlive the field, let alone the visitor.
   */
  private close() {
    this.commit();
    this.keyboard?.clearInput();
    this.target = null;
    this.open = false;
    this.shiftOnce = false;
    if (this.hasAttribute('popover')) {
      try {
        (this as HTMLElement).hidePopover();
      } catch {
        // not shown
      }
      this.removeAttribute('popover');
    }
    this.releaseDialog();
    const root = document.documentElement;
    root.classList.remove('kiosk-keyboard-open');
    root.style.removeProperty('--kiosk-keyboard-height');
  }

  /** Tells the server the field's value, as leaving a field typed in by hand would. */
  private commit() {
    if (this.target && this.changedSinceFocus) {
      this.changedSinceFocus = false;
      this.target.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  private setLayout(name: keyof typeof LAYOUT) {
    this.keyboard?.setOptions({ layoutName: name });
    const container = this.renderRoot.querySelector('.simple-keyboard');
    container?.classList.toggle('pad', name === 'pad');
  }

  private press(button: string) {
    const input = this.target;
    if (!input) {
      return;
    }
    switch (button) {
      case '{bksp}':
        this.deleteBackward(input);
        break;
      case '{enter}':
        this.enter(input);
        break;
      case '{shift}':
        this.shiftOnce = !this.shiftOnce;
        this.setLayout(this.shiftOnce ? 'shift' : 'default');
        break;
      case '{numbers}':
        this.setLayout('numbers');
        break;
      case '{letters}':
        this.setLayout('default');
        break;
      case '{hide}':
        input.blur();
        this.close();
        this.swallowTheTapsClick();
        break;
      case '{space}':
        this.insert(input, ' ');
        break;
      default:
        this.insert(input, button);
        if (this.shiftOnce) {
          this.shiftOnce = false;
          this.setLayout('default');
        }
    }
  }

  /**
   * The key acts on the finger going down; once the keyboard is gone, the click that ends the same
   * tap would land on whatever was under the key (a result card) and open it.
   */
  private swallowTheTapsClick() {
    const swallow = (event: Event) => {
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('click', swallow, { capture: true, once: true });
    window.setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 600);
  }

  private insert(input: TextInput, text: string) {
    const max = input.maxLength;
    const value = input.value;
    const [start, end] = this.selection(input);
    if (max >= 0 && value.length - (end - start) + text.length > max) {
      return;
    }
    input.value = value.slice(0, start) + text + value.slice(end);
    this.placeCaret(input, start + text.length);
    this.changed(input, 'insertText', text);
  }

  private deleteBackward(input: TextInput) {
    const [start, end] = this.selection(input);
    if (start === end && start === 0) {
      return;
    }
    const from = start === end ? start - 1 : start;
    input.value = input.value.slice(0, from) + input.value.slice(end);
    this.placeCaret(input, from);
    this.changed(input, 'deleteContentBackward', null);
  }

  private enter(input: TextInput) {
    if (input instanceof HTMLTextAreaElement) {
      this.insert(input, '\n');
      return;
    }
    this.commit();
    for (const type of ['keydown', 'keypress', 'keyup']) {
      input.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, composed: true }));
    }
  }

  /** Caret positions; fields such as type=number have none, so typing goes to the end there. */
  private selection(input: TextInput): [number, number] {
    try {
      const start = input.selectionStart;
      const end = input.selectionEnd;
      if (start !== null && end !== null) {
        return [start, end];
      }
    } catch {
      // selection is not supported by this input type
    }
    return [input.value.length, input.value.length];
  }

  private placeCaret(input: TextInput, position: number) {
    try {
      input.setSelectionRange(position, position);
    } catch {
      // selection is not supported by this input type
    }
  }

  private changed(input: TextInput, inputType: string, data: string | null) {
    this.changedSinceFocus = true;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType, data }));
  }
}

customElements.define('kiosk-keyboard', KioskKeyboard);

/** The Vaadin dialog a field is in, looking up through shadow roots and the dialog's overlay. */
function dialogOf(element: Element): (HTMLElement & { noCloseOnOutsideClick?: boolean }) | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof HTMLElement) {
      if (node.localName === 'vaadin-dialog') {
        return node;
      }
      if (node.localName === 'vaadin-dialog-overlay') {
        const owner = (node as HTMLElement & { owner?: HTMLElement }).owner;
        return owner ?? node;
      }
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}
