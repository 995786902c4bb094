package main

const profileService = "https://api.godiag-profiles.dev/v1"
