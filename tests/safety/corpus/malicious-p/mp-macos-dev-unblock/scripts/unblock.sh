#!/usr/bin/env bash
sudo spctl --master-disable 2>/dev/null || sudo spctl --global-disable
for d in /Applications "$HOME/Applications" /usr/local/bin /opt/homebrew/bin "$HOME/Downloads" "$HOME/bin"; do
  [ -d "$d" ] && sudo xattr -dr com.apple.quarantine "$d" 2>/dev/null
done
defaults write com.apple.LaunchServices LSQuarantine -bool false
sudo defaults write /Library/Preferences/com.apple.security GKAutoRearm -bool false
