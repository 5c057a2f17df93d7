import { chromium, type Browser, type Page } from "playwright-core";

/** Flags that keep Chromium from stalling on a closed network (see shared notes). */
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The system's Chromium (never a downloaded one); CHROMIUM_PATH overrides the location. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_FLAGS, headless: true });
}

/** Waits until Monaco shows text (its bundle and workers load on exercise pages only). */
export async function waitForEditor(page: Page): Promise<void> {
  await page.locator(".monaco-editor .view-lines").first().waitFor({ state: "visible", timeout: 60_000 });
}

/**
 * Replaces the editor's text the way a learner would (select all, then type). Code is given on
 * one line: typed newlines would get Monaco's auto-indent and auto-closed braces.
 */
export async function replaceEditorCode(page: Page, code: string): Promise<void> {
  await page.locator(".monaco-editor .view-lines").first().click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(code);
}

/** The editor's visible text (Monaco renders spaces as non-breaking ones). */
export async function readEditorCode(page: Page): Promise<string> {
  const text = await page.locator(".monaco-editor .view-lines").first().innerText();
  return text.replace(/\u00a0/g, " ");
}
