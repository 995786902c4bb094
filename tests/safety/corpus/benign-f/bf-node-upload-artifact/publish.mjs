import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { readFile } from 'node:fs/promises';
const body = await readFile('dist/app.tgz');
const client = new S3Client({ region: 'eu-west-1' });
await client.send(new PutObjectCommand({ Bucket: process.env.ARTIFACT_BUCKET, Key: `releases/${process.env.VERSION}/app.tgz`, Body: body }));
console.log('uploaded');
