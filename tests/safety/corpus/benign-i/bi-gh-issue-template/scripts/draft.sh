#!/usr/bin/env bash
echo "### What happened"
echo
echo "<!-- describe -->"
echo
echo "### Environment"
echo "- OS: $(uname -sr)"
echo "- Node: $(node --version 2>/dev/null)"
echo "- Package: $(node -p "require('./package.json').version" 2>/dev/null)"
