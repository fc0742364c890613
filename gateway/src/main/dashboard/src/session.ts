// The signed-in credential lives in sessionStorage only: it ends with the browser tab, and nothing secret is ever
// part of the page or its assets. A link may carry one in its fragment (#token=… or #apiKey=…, as ./suite up prints
// for the demo): fragments never reach a server, and this reads it once and removes it from the address bar.
import type { Credential } from "./api";

const KEY = "civic.dashboard.credential";

export function takeCredentialFromFragment(): void {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const token = fragment.get("token");
  const apiKey = fragment.get("apiKey");
  if (token || apiKey) {
    saveCredential(token ? { kind: "token", value: token } : { kind: "apiKey", value: apiKey ?? "" });
    history.replaceState(null, "", location.pathname + location.search);
  }
}

export function savedCredential(): Credential | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) {
    return null;
  }
  try {
    const parsed = JSON.parse(raw) as Credential;
    return (parsed.kind === "token" || parsed.kind === "apiKey") && parsed.value ? parsed : null;
  } catch {
    return null;
  }
}

export function saveCredential(credential: Credential): void {
  sessionStorage.setItem(KEY, JSON.stringify({ kind: credential.kind, value: credential.value.trim() }));
}

export function forgetCredential(): void {
  sessionStorage.removeItem(KEY);
}
