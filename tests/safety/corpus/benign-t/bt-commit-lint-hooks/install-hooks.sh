#!/usr/bin/env bash
# repository-local hooks; undo with: git config --unset core.hooksPath
chmod +x .githooks/*
git config core.hooksPath .githooks
echo "hooks enabled for $(basename "$(git rev-parse --show-toplevel)") only"
