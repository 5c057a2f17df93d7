"use client";

import { useState } from "react";
import { useIsHydrated } from "@/app/_components/use-is-hydrated";
import ui from "@/app/_components/ui.module.css";

/** The join code and link, with copy buttons (the link's origin is the one in the address bar). */
export function JoinPanel({ code, formatted }: { code: string; formatted: string }) {
  const origin = useIsHydrated() ? window.location.origin : "";
  const [copied, setCopied] = useState<string | null>(null);
  const link = `${origin}/join/${code}`;

  async function copy(what: string, text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      setCopied(null);
    }
  }

  return (
    <div className={ui.card}>
      <div className={ui.inline} style={{ justifyContent: "space-between" }}>
        <div>
          <div className={`${ui.muted} ${ui.small}`}>Join code</div>
          <div className={ui.code} data-join-code={code}>
            {formatted}
          </div>
        </div>
        <div style={{ display: "grid", gap: 6, minWidth: 0 }}>
          <div className={`${ui.muted} ${ui.small}`}>Join link</div>
          <div className={ui.inline}>
            <code style={{ overflowWrap: "anywhere" }} data-join-link>
              {link}
            </code>
          </div>
        </div>
        <div className={ui.inline}>
          <button type="button" className="button" onClick={() => copy("code", formatted)}>
            {copied === "code" ? "Copied ✓" : "Copy code"}
          </button>
          <button type="button" className="button" onClick={() => copy("link", link)}>
            {copied === "link" ? "Copied ✓" : "Copy link"}
          </button>
        </div>
      </div>
      <p className={`${ui.hint}`} style={{ margin: "10px 0 0" }}>
        Learners sign in, then type the code on “Your courses” or open the link.
      </p>
    </div>
  );
}
