import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import { AccountNav } from "@/app/_components/account-nav";
import { CourseNav } from "@/app/_components/course-nav";
import { ThemeToggle } from "@/app/_components/theme-toggle";
import { THEME_COOKIE, parseTheme } from "@/app/_components/theme";
import { SiteMenu } from "@/app/_components/site-menu";
import "./globals.css";
import "./layout.css";

export const metadata: Metadata = {
  title: { default: "Graded Descent", template: "%s · Graded Descent" },
  description: "Learn the mathematics of machine learning by implementing it: graded exercises in the browser.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** The theme is a cookie so the server renders the right colours on the first paint. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={theme ?? undefined}>
      <body>
        <a href="#main-content" className="skip-link">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="site-logo" aria-label="Graded Descent — catalog">
            <span className="site-logo-mark" aria-hidden="true">
              ∇
            </span>
            <span className="site-logo-text">Graded Descent</span>
          </Link>
          <SiteMenu>
            <Link href="/">Catalog</Link>
            <CourseNav />
            <AccountNav />
            <ThemeToggle initialTheme={theme} />
          </SiteMenu>
        </header>
        {/* The skip link's target: focusable by script only, so Tab continues from here. */}
        <div id="main-content" tabIndex={-1} className="main-content">
          {children}
        </div>
      </body>
    </html>
  );
}
