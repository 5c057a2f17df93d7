// Monaco's core editor worker (diffing, links, word ranges), bundled from node_modules.
import "monaco-editor/editor/editor.worker";
