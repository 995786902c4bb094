// Web Worker: find a nonce so that sha256(challenge:nonce) has `difficulty` leading zero bits.
function leadingZeroBits(bytes) {
  let bits = 0;
  for (const b of bytes) {
    if (b === 0) { bits += 8; continue; }
    bits += Math.clz32(b) - 24;
    break;
  }
  return bits;
}

self.onmessage = async ({ data }) => {
  const { challenge, difficulty, maxAttempts = 5_000_000 } = data;
  const enc = new TextEncoder();
  for (let nonce = 0; nonce < maxAttempts; nonce++) {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", enc.encode(`${challenge}:${nonce}`)));
    if (leadingZeroBits(digest) >= difficulty) {
      self.postMessage({ ok: true, nonce });
      return;
    }
    if (nonce % 20000 === 0) self.postMessage({ progress: nonce });
  }
  self.postMessage({ ok: false });
};
