import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/app/(auth)/return-path";

describe("safeReturnPath", () => {
  it("keeps paths on this site", () => {
    expect(safeReturnPath("/history")).toBe("/history");
    expect(safeReturnPath("/exercises/softmax?submission=abc")).toBe("/exercises/softmax?submission=abc");
    expect(safeReturnPath(["/admin/users", "/other"])).toBe("/admin/users");
  });

  it("sends anything that could leave the site to the catalog", () => {
    for (const value of [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "javascript:alert(1)",
      "history",
      "",
      undefined,
      null,
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r//evil.example",
    ]) {
      expect(safeReturnPath(value)).toBe("/");
    }
  });
});
