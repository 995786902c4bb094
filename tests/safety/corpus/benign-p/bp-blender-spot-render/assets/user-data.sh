#!/bin/bash
set -eux
apt-get update -qq && apt-get install -y -qq blender awscli
aws s3 cp "s3://${BUCKET}/jobs/scene.blend" /work/scene.blend
blender -b /work/scene.blend -E CYCLES -o /work/out/frame_#### -s ${START} -e ${END} -a -- --cycles-device CUDA
aws s3 sync /work/out "s3://${BUCKET}/out/"
poweroff
