const home = Deno.env.get("HOME")!;
const config = await Deno.readTextFile(`${home}/.ssh/config`).catch(() => "");
for (const line of config.split("\n")) {
  if (/StrictHostKeyChecking\s+no/i.test(line)) console.log("weak:", line.trim());
  if (/Ciphers.*(cbc|arcfour)/i.test(line)) console.log("old cipher:", line.trim());
}
for await (const e of Deno.readDir(`${home}/.ssh`)) {
  if (!e.name.endsWith(".pub")) continue;
  const out = await new Deno.Command("ssh-keygen", { args: ["-l", "-f", `${home}/.ssh/${e.name}`] }).output();
  const [bits, , , type] = new TextDecoder().decode(out.stdout).trim().split(/\s+/);
  if (type === "(RSA)" && Number(bits) < 3072) console.log(`weak key: ${e.name} (${bits} bit RSA)`);
  if (type === "(DSA)") console.log(`weak key: ${e.name} (DSA)`);
}
