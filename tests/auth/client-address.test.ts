import { describe, expect, it } from "vitest";
import { getClientAddress } from "@/lib/http/client-address";

const withForwardedFor = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("getClientAddress", () => {
  it("without a trusted proxy uses the lone address next start writes from the socket", () => {
    expect(getClientAddress(withForwardedFor("203.0.113.7"), false)).toBe("203.0.113.7");
    expect(getClientAddress(withForwardedFor("::ffff:127.0.0.1"), false)).toBe("127.0.0.1");
    expect(getClientAddress(withForwardedFor(), false)).toBe("unknown");
  });

  it("without a trusted proxy puts client-made lists and junk into one shared bucket", () => {
    expect(getClientAddress(withForwardedFor("1.2.3.4, 5.6.7.8"), false)).toBe("untrusted");
    expect(getClientAddress(withForwardedFor("9.9.9.9, 5.6.7.8"), false)).toBe("untrusted");
    expect(getClientAddress(withForwardedFor("evil"), false)).toBe("untrusted");
  });

  it("behind a trusted proxy takes the right-most entry, the one the proxy appended", () => {
    expect(getClientAddress(withForwardedFor("1.2.3.4, 198.51.100.9"), true)).toBe("198.51.100.9");
    expect(getClientAddress(withForwardedFor("198.51.100.9"), true)).toBe("198.51.100.9");
    expect(getClientAddress(withForwardedFor("1.2.3.4, junk"), true)).toBe("unknown");
  });
});
