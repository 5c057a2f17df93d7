"use client";

import Editor, { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor";
import { useEffect, useRef } from "react";
import { configureMonaco } from "./monaco-setup";
import type { GivenSource } from "./types";

// The bundled Monaco, never @monaco-editor/react's default CDN copy (the app runs offline).
configureMonaco(monaco);
loader.config({ monaco: monaco as unknown as Parameters<typeof loader.config>[0]["monaco"] });

export interface CompileMarker {
  message: string;
  line: number | null;
  column: number | null;
}

/** Imperative access for the workspace: the editor owns the text, React does not. */
export interface CodeEditorHandle {
  getValue(): string;
  /** Replaces the whole text as one undoable edit. */
  replaceValue(code: string): void;
  focus(): void;
  setCompileError(marker: CompileMarker | null): void;
}

interface Props {
  path: string;
  initialValue: string;
  /** Given helper files: scripts whose functions become globals of the learner's file, as in the grader. */
  extraLibs: GivenSource[];
  theme: "light" | "dark";
  onChange(code: string): void;
  onRunShortcut(): void;
  onReady(handle: CodeEditorHandle): void;
}

/** Monaco in TypeScript mode. Loaded with next/dynamic (ssr: false), on exercise pages only. */
export default function CodeEditor({ path, initialValue, extraLibs, theme, onChange, onRunShortcut, onReady }: Props) {
  const callbacks = useRef({ onChange, onRunShortcut });
  useEffect(() => {
    callbacks.current = { onChange, onRunShortcut };
  });
  // Keyed on the content: a server refresh hands over equal arrays, which must not re-sync the worker.
  const libsKey = JSON.stringify(extraLibs);
  useEffect(() => {
    const libs = JSON.parse(libsKey) as GivenSource[];
    const added = libs.map((lib) => monaco.typescript.typescriptDefaults.addExtraLib(lib.source, `file:///given/${lib.file}`));
    return () => added.forEach((lib) => lib.dispose());
  }, [libsKey]);

  return (
    <Editor
      path={path}
      defaultLanguage="typescript"
      defaultValue={initialValue}
      theme={theme === "dark" ? "vs-dark" : "vs"}
      loading={<div className="editor-loading">Loading the editor…</div>}
      options={{
        minimap: { enabled: false },
        fontSize: 14,
        tabSize: 2,
        automaticLayout: true,
        scrollBeyondLastLine: false,
        wordWrap: "on",
        fixedOverflowWidgets: true,
        renderLineHighlight: "line",
        padding: { top: 10 },
        "semanticHighlighting.enabled": true,
      }}
      onChange={(value) => callbacks.current.onChange(value ?? "")}
      onMount={(editor, instance) => {
        editor.addCommand(instance.KeyMod.CtrlCmd | instance.KeyCode.Enter, () => callbacks.current.onRunShortcut());
        onReady({
          getValue: () => editor.getValue(),
          replaceValue: (code) => {
            const model = editor.getModel();
            if (!model) return;
            editor.pushUndoStop();
            editor.executeEdits("graded-descent", [{ range: model.getFullModelRange(), text: code }]);
            editor.pushUndoStop();
          },
          focus: () => editor.focus(),
          setCompileError: (marker) => {
            const model = editor.getModel();
            if (!model) return;
            if (!marker || marker.line === null) return instance.editor.setModelMarkers(model, "grader", []);
            const line = Math.min(Math.max(1, marker.line), model.getLineCount());
            const column = Math.max(1, marker.column ?? 1);
            instance.editor.setModelMarkers(model, "grader", [
              {
                severity: instance.MarkerSeverity.Error,
                message: marker.message,
                startLineNumber: line,
                startColumn: column,
                endLineNumber: line,
                endColumn: Math.max(column + 1, model.getLineMaxColumn(line)),
                source: "grader",
              },
            ]);
            editor.revealLineInCenterIfOutsideViewport(line);
          },
        });
      }}
    />
  );
}
