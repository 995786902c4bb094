import { readFileSync } from "node:fs";
import { EC2Client, DescribeVolumesCommand, DeleteVolumeCommand, DescribeSnapshotsCommand,
  DeleteSnapshotCommand } from "@aws-sdk/client-ec2";

const region = process.argv[process.argv.indexOf("--region") + 1] ?? "us-east-1";
const apply = process.argv.includes("--apply");
const ec2 = new EC2Client({ region });
const cutoff = Date.now() - 180 * 24 * 3600 * 1000;

const vols = await ec2.send(new DescribeVolumesCommand({ Filters: [{ Name: "status", Values: ["available"] }] }));
for (const v of vols.Volumes ?? []) console.log("volume", v.VolumeId, v.Size, "GiB");
const snaps = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ["self"] }));
for (const s of snaps.Snapshots ?? []) if (s.StartTime!.getTime() < cutoff) console.log("snapshot", s.SnapshotId);

if (apply) {
  const approved = readFileSync("approved-ids.txt", "utf8").split(/\s+/).filter(Boolean);
  for (const id of approved) {
    if (id.startsWith("vol-")) await ec2.send(new DeleteVolumeCommand({ VolumeId: id }));
    else if (id.startsWith("snap-")) await ec2.send(new DeleteSnapshotCommand({ SnapshotId: id }));
  }
}
