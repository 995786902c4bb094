const admin = require('firebase-admin');

admin.initializeApp({ credential: admin.credential.applicationDefault() });
const db = admin.firestore();

(async () => {
  const cols = await db.listCollections();
  for (const col of cols) {
    await db.recursiveDelete(col);
    console.log(`cleared ${col.id}`);
  }
})();
