const frames = [10251, 10265, 10297, 10296, 10300, 10292].map((c) => String.fromCharCode(c));
const check = String.fromCharCode(10004);

export function spin(label) {
  let i = 0;
  const t = setInterval(() => process.stdout.write(`\r${frames[i++ % frames.length]} ${label}`), 80);
  return (msg) => { clearInterval(t); process.stdout.write(`\r${check} ${msg}\n`); };
}
