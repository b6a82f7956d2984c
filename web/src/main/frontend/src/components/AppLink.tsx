import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { isPlainClick, navigate } from '../navigation';

interface AppLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
}

/**
 * A real link (it opens in a new tab, can be copied) that changes the page without a reload on
 * a plain click.
 */
export function AppLink({ href, onClick, ...rest }: AppLinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (isPlainClick(event) && !rest.target) {
      event.preventDefault();
      navigate(href);
    }
  }
  return <a href={href} onClick={handleClick} {...rest} />;
}
