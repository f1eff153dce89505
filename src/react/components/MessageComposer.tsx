import { useId, useState, type FormEvent, type FormHTMLAttributes, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/context';
import { cx } from './class-names';
import { useControllableState } from './use-controllable-state';

/**
 * Props of `MessageComposer`. Any other attribute (data-*, aria-*, `className`, `style`) goes to
 * the root `<form>`.
 */
export interface MessageComposerProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> {
  /** Called with the trimmed text and whether the sender asks for read receipts. */
  onSend: (text: string, options: { needReadReceipt: boolean }) => void;
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

/** A labelled multiline field: Enter sends, Shift+Enter breaks the line, IME input is respected. */
export function MessageComposer({
  onSend,
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
  const [text, setText] = useState('');
  const [requestReceipt, setRequestReceipt] = useControllableState({
    prop: requestReceiptProp,
    defaultProp: defaultRequestReceipt,
    onChange: onRequestReceiptChange,
  });
  const disabled = disabledReason !== undefined && disabledReason !== '';
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
    <form {...rest} className={cx('rrr-composer', className)} data-status={disabled ? 'disabled' : 'ready'} onSubmit={onSubmit}>
      <div className="rrr-composer-field">
        <label className="rrr-composer-label" htmlFor={`${id}-text`}>
          {label ?? strings.composerLabel}
        </label>
        <textarea
          id={`${id}-text`}
          rows={2}
          value={text}
          placeholder={placeholder ?? strings.composerPlaceholder}
          aria-describedby={disabled ? reasonId : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      {disabled && (
        <p id={reasonId} className="rrr-composer-reason">
          {disabledReason}
        </p>
      )}
      {showReceiptToggle ? (
        <label className="rrr-composer-option">
          <input
            type="checkbox"
            checked={requestReceipt}
            onChange={(event) => setRequestReceipt(event.target.checked)}
          />
          {strings.requestReceipt}
        </label>
      ) : (
        <span />
      )}
      <button
        type="submit"
        className="rrr-button"
        // aria-disabled keeps the button focusable, so its reason can be read.
        aria-disabled={disabled || undefined}
        aria-describedby={disabled ? reasonId : undefined}
      >
        {strings.send}
      </button>
    </form>
  );
}
