import { useEffect, useRef, useState, type ReactNode } from 'react';

interface RevealProps {
  /** The button that opens the form. */
  label: string;
  initiallyOpen: boolean;
  children: ReactNode;
}

/**
 * A form kept out of the way behind a button (when the list above already has entries); opening it
 * moves the focus to its first field.
 */
export function Reveal({ label, initiallyOpen, children }: RevealProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const box = useRef<HTMLDivElement>(null);
  const openedByButton = useRef(false);
  useEffect(() => {
    if (open && openedByButton.current) box.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [open]);
  if (!open) {
    return (
      <div className="actions">
        <button type="button" className="button button--secondary" aria-expanded="false"
          onClick={() => { openedByButton.current = true; setOpen(true); }}>
          {label}
        </button>
      </div>
    );
  }
  return <div ref={box}>{children}</div>;
}
