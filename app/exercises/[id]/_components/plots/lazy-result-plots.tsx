"use client";

import dynamic from "next/dynamic";

/** recharts is fetched only when a result of an exercise with plots is shown, never on the server. */
export const ResultPlots = dynamic(() => import("./result-plots"), {
  ssr: false,
  loading: () => <p className="results-notice">Drawing the plots…</p>,
});
