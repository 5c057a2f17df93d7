"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { saveDraft } from "./api";

export type SaveStatus = "idle" | "saving" | "saved" | "local";

const DEBOUNCE_MS = 1000;
const RETRY_MS = 15_000;

interface LocalDraft {
  code: string;
  savedAt: number;
  /** Whether the server has this exact code. */
  synced: boolean;
}

const storageKey = (exerciseId: string) => `gd-draft:${exerciseId}`;

/** The copy kept in this browser, written on every change so nothing typed is ever lost. */
export function readLocalDraft(exerciseId: string): LocalDraft | null {
  try {
    const raw = localStorage.getItem(storageKey(exerciseId));
    const parsed = raw ? (JSON.parse(raw) as LocalDraft) : null;
    return parsed && typeof parsed.code === "string" && typeof parsed.savedAt === "number" ? parsed : null;
  } catch {
    return null;
  }
}

function writeLocalDraft(exerciseId: string, draft: LocalDraft): void {
  try {
    localStorage.setItem(storageKey(exerciseId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server copy is the only one.
  }
}

/**
 * Autosaves the editor: localStorage at once, the server after a second of quiet (one request
 * at a time, always the latest code). When the server cannot be reached the status says so,
 * the code stays in this browser and a retry follows. Pending code is flushed on page hide.
 */
export function useDraftAutosave(exerciseId: string) {
  const [status, setStatus] = useState<SaveStatus>("idle");
  const latest = useRef<string | null>(null);
  const lastSaved = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);

  // A retry calls the newest `send` through this ref: a callback cannot name itself before its
  // declaration, and a stale copy would save to the previous exercise.
  const sendLater = useRef((_delayMs: number): void => undefined);

  const send = useCallback(async () => {
    clearTimeout(timer.current);
    const code = latest.current;
    if (code === null || code === lastSaved.current) return;
    if (inFlight.current) {
      sendLater.current(DEBOUNCE_MS);
      return;
    }
    inFlight.current = true;
    setStatus("saving");
    try {
      await saveDraft(exerciseId, code);
      lastSaved.current = code;
      if (latest.current === code) {
        writeLocalDraft(exerciseId, { code, savedAt: Date.now(), synced: true });
        setStatus("saved");
      }
    } catch {
      setStatus("local");
      sendLater.current(RETRY_MS);
    } finally {
      inFlight.current = false;
    }
  }, [exerciseId]);

  useEffect(() => {
    sendLater.current = (delayMs) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(), delayMs);
    };
  }, [send]);

  /** Call on every edit. */
  const schedule = useCallback(
    (code: string) => {
      latest.current = code;
      if (code === lastSaved.current) return;
      writeLocalDraft(exerciseId, { code, savedAt: Date.now(), synced: false });
      setStatus((previous) => (previous === "local" ? "local" : "saving"));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(), DEBOUNCE_MS);
    },
    [exerciseId, send],
  );

  /** The server already has this code (the initial draft, or a stored submission). */
  const markSaved = useCallback(
    (code: string) => {
      lastSaved.current = code;
      if (latest.current === null || latest.current === code) {
        latest.current = code;
        clearTimeout(timer.current);
        writeLocalDraft(exerciseId, { code, savedAt: Date.now(), synced: true });
        setStatus((previous) => (previous === "idle" ? "idle" : "saved"));
      }
    },
    [exerciseId],
  );

  useEffect(() => {
    const flush = () => {
      const code = latest.current;
      if (code === null || code === lastSaved.current) return;
      // keepalive lets the request outlive the page; the local copy covers the rest.
      void saveDraft(exerciseId, code, true).catch(() => undefined);
    };
    const onVisibility = () => document.visibilityState === "hidden" && flush();
    const onOnline = () => void send();
    window.addEventListener("pagehide", flush);
    window.addEventListener("online", onOnline);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", flush);
      window.removeEventListener("online", onOnline);
      document.removeEventListener("visibilitychange", onVisibility);
      clearTimeout(timer.current);
      flush();
    };
  }, [exerciseId, send]);

  return { status, schedule, markSaved };
}
