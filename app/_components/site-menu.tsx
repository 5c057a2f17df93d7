"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";

/**
 * The header's links. Wide screens show them in a row; phones get a "Menu" button that opens
 * them as a panel (a sideways scroller hid Sign out with no cue). Closes on navigation.
 */
export function SiteMenu({ children }: { children: ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  const pathname = usePathname();
  useEffect(() => setOpen(false), [pathname]);
  return (
    <>
      <button type="button" className="site-menu-button button button-quiet" aria-expanded={isOpen} aria-controls="site-nav" onClick={() => setOpen((open) => !open)}>
        <span aria-hidden="true">☰</span> Menu
      </button>
      <nav id="site-nav" className="site-nav" data-open={isOpen || undefined} aria-label="Site">
        {children}
      </nav>
    </>
  );
}
