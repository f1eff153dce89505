import { useId, useRef, type FormEvent, type FormHTMLAttributes, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/context';
import { cx } from './class-names';
import { useControllableState } from './use-controllable-state';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';

/**
 * Props of `MessageComposer`. Any other attribute (data-*, aria-*, `className`, `style`) goes to
 * the root `<form>`.
 */
export interface MessageComposerProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> {
  /** Called with the trimmed text and whether the sender asks for read receipts. */
  onSend: (text: string, options: { needReadReceipt: boolean }) => void;
  /** Controlled text of the field (a draft kept elsewhere); sending sets it to `''` through `onValueChange`. */
  value?: string;
  /** @default '' */
  defaultValue?: string;
  onValueChange?: (text: string) => void;
  /** Controlled state of the "Request read receipt" toggle. */
  requestReceipt?: boolean;
  /** @default false */
  defaultRequestReceipt?: boolean;
  onRequestReceiptChange?: (requestReceipt: boolean) => void;
  /**
   * Offer the receipt toggle (hide it where receipts are unsupported).
   * @default true
   */
  showReceiptToggle?: boolean;
  /** When set, sending is disabled and this reason is shown and linked to the field. */
  disabledReason?: string;
  /** @default strings.composerLabel ("Message") */
  label?: string;
  /** @default strings.composerPlaceholder */
  placeholder?: string;
}

/**
 * One line that grows with its text: Enter sends, Shift+Enter breaks the line, IME input is
 * respected. The receipt option sits beside the field, and Send dims while there is nothing to send.
 */
export function MessageComposer({
  onSend,
  value,
  defaultValue = '',
  onValueChange,
  requestReceipt: requestReceiptProp,
  defaultRequestReceipt = false,
  onRequestReceiptChange,
  showReceiptToggle = true,
  disabledReason,
  label,
  placeholder,
  className,
  ...rest
}: MessageComposerProps) {
  const { strings } = useI18n();
  const id = useId();
  const [text, setText] = useControllableState({ prop: value, defaultProp: defaultValue, onChange: onValueChange });
  const [requestReceipt, setRequestReceipt] = useControllableState({
    prop: requestReceiptProp,
    defaultProp: defaultRequestReceipt,
    onChange: onRequestReceiptChange,
  });
  const disabled = disabledReason !== undefined && disabledReason !== '';
  const empty = text.trim() === '';
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  // Grow with the text up to the stylesheet's max-block-size, then scroll. Measured from an
  // auto height, so deleting lines shrinks it again. An empty field keeps the stylesheet's one
  // line untouched, so hydration leaves the server's markup as it was.
  useIsomorphicLayoutEffect(() => {
    const field = fieldRef.current;
    if (!field) return;
    if (text === '') {
      if (field.style.blockSize) field.style.blockSize = '';
      return;
    }
    field.style.blockSize = 'auto';
    field.style.blockSize = `${field.scrollHeight + field.offsetHeight - field.clientHeight}px`;
  }, [text]);
  const reasonId = `${id}-reason`;

  const send = () => {
    const trimmed = text.trim();
    if (disabled || trimmed === '') return;
    onSend(trimmed, { needReadReceipt: requestReceipt });
    setText('');
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // keyCode 229: Safari reports the Enter that ends an IME composition this way.
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    send();
  };

  return (
    <form
      {...rest}
      className={cx('rrr-composer', className)}
      data-status={disabled ? 'disabled' : empty ? 'empty' : 'ready'}
      onSubmit={onSubmit}
    >
      <div className="rrr-composer-field">
        {/* The placeholder shows what the field is for; the label names it for assistive tech. */}
        <label className="rrr-visually-hidden" htmlFor={`${id}-text`}>
          {label ?? strings.composerLabel}
        </label>
        <textarea
          ref={fieldRef}
          id={`${id}-text`}
          rows={1}
          value={text}
          placeholder={placeholder ?? strings.composerPlaceholder}
          aria-describedby={disabled ? reasonId : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      {showReceiptToggle ? (
        <label className="rrr-composer-option">
          <input
            type="checkbox"
            checked={requestReceipt}
            onChange={(event) => setRequestReceipt(event.target.checked)}
          />
          {strings.requestReceipt}
        </label>
      ) : null}
      <button
        type="submit"
        className="rrr-button"
        // aria-disabled keeps the button focusable, so its reason can be read. An empty field
        // only dims it (data-status="empty"): there is no reason to give, typing is the way on.
        aria-disabled={disabled || undefined}
        aria-describedby={disabled ? reasonId : undefined}
      >
        {strings.send}
      </button>
      {disabled && (
        <p id={reasonId} className="rrr-composer-reason">
          {disabledReason}
        </p>
      )}
    </form>
  );
}
