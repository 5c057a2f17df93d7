"use client";

import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";

/**
 * The header's links. Wide screens show them in a row; phones get a "Menu" button that opens
 * them as a panel (a sideways scroller hid Sign out with no cue). Navigating closes it: it is
 * open for the page it was opened on only.
 */
export function SiteMenu({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn === pathname;
  return (
    <>
      <button
        type="button"
        className="site-menu-button button button-quiet"
        aria-expanded={isOpen}
        aria-controls="site-nav"
        onClick={() => setOpenOn(isOpen ? null : pathname)}
      >
        <span aria-hidden="true">☰</span> Menu
      </button>
      <nav id="site-nav" className="site-nav" data-open={isOpen || undefined} aria-label="Site">
        {children}
      </nav>
    </>
  );
}
