import pkg from '../../package.json' with { type: 'json' };

const UA = `${pkg.name}/${pkg.version} (+${pkg.homepage ?? 'https://github.com/acme/cli'}) node/${process.versions.node}`;

export async function request<T>(url: string, init: RequestInit = {}, retries = 3, timeoutMs = 10_000): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const ac = new AbortController();
    const t = setTimeout(() => ac.abort(), timeoutMs);
    try {
      const res = await fetch(url, { ...init, signal: ac.signal, headers: { 'user-agent': UA, ...init.headers } });
      if ((res.status === 429 || res.status >= 500) && attempt < retries) {
        await new Promise(r => setTimeout(r, (Number(res.headers.get('retry-after')) || 2 ** attempt) * 1000));
        continue;
      }
      if (!res.ok) throw new Error(`${res.status} ${url}`);
      return (await res.json()) as T;
    } finally { clearTimeout(t); }
  }
}
