"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiCallError } from "@/app/_components/api-client";

/** Runs one staff action (an API call), shows its outcome and refreshes the server-rendered page. */
export function useStaffAction() {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [isPending, setPending] = useState(false);
  async function run(action: () => Promise<unknown>, success: string): Promise<boolean> {
    setPending(true);
    setMessage(null);
    try {
      await action();
      setMessage({ kind: "success", text: success });
      router.refresh();
      return true;
    } catch (caught) {
      setMessage({ kind: "error", text: caught instanceof ApiCallError ? caught.message : "Something went wrong." });
      return false;
    } finally {
      setPending(false);
    }
  }
  return { run, message, isPending };
}
