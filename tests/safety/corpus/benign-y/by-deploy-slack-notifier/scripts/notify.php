<?php
$hook = getenv('SLACK_DEPLOY_WEBHOOK') ?: exit("SLACK_DEPLOY_WEBHOOK not set\n");
$version = trim(shell_exec('git describe --tags --always'));
$author = trim(shell_exec('git log -1 --pretty=%an'));
$text = sprintf(":rocket: Deployed *%s* by %s", $version, $author);

$ch = curl_init($hook);
curl_setopt_array($ch, [CURLOPT_POST => true, CURLOPT_RETURNTRANSFER => true, CURLOPT_TIMEOUT => 5,
    CURLOPT_HTTPHEADER => ['Content-Type: application/json'], CURLOPT_POSTFIELDS => json_encode(['text' => $text])]);
curl_exec($ch);
curl_close($ch);
echo "notified\n";
