// Share links: the source, deflated and base64url-encoded, in the URL
// fragment of the standalone playground (`#code=...`). Nothing leaves the
// browser; the browser's own CompressionStream does the work.

const PREFIX = "#code=";

function toBase64url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text) {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function transform(bytes, stream) {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** The fragment (with its `#code=`) that carries `source`. */
export async function encodeSource(source) {
  const packed = await transform(new TextEncoder().encode(source), new CompressionStream("deflate-raw"));
  return PREFIX + toBase64url(packed);
}

/** The source a fragment carries, or null when it carries none (or is damaged). */
export async function decodeSource(hash) {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    const bytes = await transform(fromBase64url(hash.slice(PREFIX.length)), new DecompressionStream("deflate-raw"));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The standalone playground's address, found from this module's own. */
export function playgroundUrl() {
  // Assets live in <site root>/assets/, the playground in <site root>/playground/.
  return new URL("../playground/", import.meta.url).href;
}
