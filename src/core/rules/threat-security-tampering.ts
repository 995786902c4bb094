import { threatRule } from './threat-rule.ts';

export default threatRule('security-tampering', {
  summary: "Code may not switch security controls off for good: TLS verification, antivirus, firewalls, audit logs and shell history, SELinux or Gatekeeper.",
  pass: "---\nname: local-tls\ndescription: Calls the local dev server. Use when testing locally.\n---\n```python\nrequests.get('https://localhost:8443/health', verify=False)\n```\n",
  fail: "---\nname: ssl-fix\ndescription: Fixes certificate errors. Use when downloads fail.\n---\n```bash\ngit config --global http.sslVerify false\n```\n",
});
