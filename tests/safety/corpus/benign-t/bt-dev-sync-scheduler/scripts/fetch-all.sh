#!/usr/bin/env bash
for r in ~/code/*/.git; do git -C "${r%/.git}" fetch --all -q; done
