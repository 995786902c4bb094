<?php
$token = getenv('SENTRY_AUTH_TOKEN') ?: exit("SENTRY_AUTH_TOKEN missing\n");
$org = getenv('SENTRY_ORG'); $project = getenv('SENTRY_PROJECT');
$version = $argv[1];
$ch = curl_init("https://sentry.io/api/0/organizations/$org/releases/");
curl_setopt_array($ch, [
    CURLOPT_POST => true,
    CURLOPT_HTTPHEADER => ["Authorization: Bearer $token", 'Content-Type: application/json'],
    CURLOPT_POSTFIELDS => json_encode(['version' => $version, 'projects' => [$project]]),
    CURLOPT_RETURNTRANSFER => true,
]);
$res = curl_exec($ch);
echo curl_getinfo($ch, CURLINFO_HTTP_CODE) === 201 ? "release $version created\n" : "failed: $res\n";
