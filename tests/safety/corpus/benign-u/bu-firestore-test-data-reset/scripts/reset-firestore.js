const admin = require('firebase-admin');

const host = process.env.FIRESTORE_EMULATOR_HOST;
const projectId = process.env.GCLOUD_PROJECT || 'demo-e2e';
if (!host || !projectId.startsWith('demo-')) {
  console.error('refusing: only runs against the Firestore emulator with a demo- project');
  process.exit(1);
}
admin.initializeApp({ projectId });

(async () => {
  await fetch(`http://${host}/emulator/v1/projects/${projectId}/databases/(default)/documents`, { method: 'DELETE' });
  console.log(`emulator data cleared for ${projectId}`);
})();
