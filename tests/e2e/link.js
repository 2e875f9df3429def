// An independent encoder of Rungs' progress link format (src/progress/codec.rs), for crafting
// links a user might be sent: future times, unknown roles, payloads. Written from the format's
// description, so it also checks that the description is right.
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const RATINGS = ["not_yet", "developing", "consistently", "role_model"];

function fnv1a(bytes) {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h >>> 0;
}

function varint(out, n) {
  let v = BigInt(n);
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    out.push(byte);
  } while (v > 0n);
}

function str(out, s) {
  const bytes = new TextEncoder().encode(s);
  varint(out, bytes.length);
  out.push(...bytes);
}

function base64url(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = bytes.slice(i, i + 3);
    const n = (chunk[0] << 16) | ((chunk[1] ?? 0) << 8) | (chunk[2] ?? 0);
    for (let j = 0; j < chunk.length + 1; j++) out += ALPHABET[(n >> (18 - 6 * j)) & 63];
  }
  return out;
}

/**
 * Encodes { current, target, rolesUpdated, clearedAt, entries: [{ key, rating, evidence?, date?, updated }] }
 * as a link payload. Times may be numbers or BigInts (to reach the far future).
 */
export function encodeLink({ current = "", target = "", rolesUpdated = 0, clearedAt = 0, entries = [] }) {
  const out = [1];
  str(out, current);
  str(out, target);
  varint(out, rolesUpdated);
  varint(out, clearedAt);
  const base = entries.reduce((m, e) => (BigInt(e.updated) < m ? BigInt(e.updated) : m), entries.length ? BigInt(entries[0].updated) : 0n);
  varint(out, base);
  varint(out, entries.length);
  for (const e of entries) {
    out.push(e.key.charCodeAt(0));
    const hash = parseInt(e.key.slice(1), 16);
    out.push((hash >>> 24) & 255, (hash >>> 16) & 255, (hash >>> 8) & 255, hash & 255);
    const rating = e.rating ? RATINGS.indexOf(e.rating) + 1 : 0;
    const hasEvidence = e.evidence !== undefined;
    out.push(rating | (hasEvidence ? 8 : 0));
    varint(out, BigInt(e.updated) - base);
    if (hasEvidence) {
      str(out, e.evidence);
      str(out, e.date ?? "");
    }
  }
  const sum = fnv1a(out);
  out.push((sum >>> 24) & 255, (sum >>> 16) & 255, (sum >>> 8) & 255, sum & 255);
  return base64url(out);
}

/** The expectation key Rungs gives a statement: kind letter + FNV-1a of "context\u001ftext", 8 hex digits. */
export function expectationKey(kind, context, text) {
  const hash = fnv1a(new TextEncoder().encode(`${context}\u001f${text}`));
  return kind + hash.toString(16).padStart(8, "0");
}
