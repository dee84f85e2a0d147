// Share links: the code and options as JSON, deflate-raw compressed, base64url, in the URL fragment
// (`#s=…`), so nothing is sent to any server.
const PREFIX = "s=";

async function pipe(bytes, stream) {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

function toBase64url(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text) {
  const s = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** The fragment (without "#") for `state`, a plain JSON-able object. */
export async function encodeShare(state) {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return PREFIX + toBase64url(await pipe(json, new CompressionStream("deflate-raw")));
}

/** The state in a fragment made by encodeShare, or undefined if `hash` holds none (or is damaged). */
export async function decodeShare(hash) {
  const fragment = hash.replace(/^#/, "");
  if (!fragment.startsWith(PREFIX)) return undefined;
  try {
    const json = await pipe(fromBase64url(fragment.slice(PREFIX.length)), new DecompressionStream("deflate-raw"));
    const state = JSON.parse(new TextDecoder().decode(json));
    return state && typeof state === "object" ? state : undefined;
  } catch {
    return undefined;
  }
}
