// Monaco's TypeScript language worker: type checking and completions run here, off the page.
import "monaco-editor/language/typescript/ts.worker";
