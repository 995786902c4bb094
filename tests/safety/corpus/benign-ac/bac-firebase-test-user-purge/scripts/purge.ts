import { initializeApp, applicationDefault } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';

initializeApp({ credential: applicationDefault() });
const auth = getAuth();
const pattern = /^qa\+[^@]+@qa\.tallpine\.dev$/;
const apply = process.argv.includes('--apply');

async function main() {
  let token: string | undefined;
  const hits: string[] = [];
  do {
    const page = await auth.listUsers(1000, token);
    for (const u of page.users) if (u.email && pattern.test(u.email)) hits.push(u.uid);
    token = page.pageToken;
  } while (token);
  console.log(`${hits.length} test users`);
  if (apply) for (let i = 0; i < hits.length; i += 1000) await auth.deleteUsers(hits.slice(i, i + 1000));
}
main();
