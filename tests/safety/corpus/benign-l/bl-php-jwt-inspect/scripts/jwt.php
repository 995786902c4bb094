<?php
function b64url_decode(string $part): string
{
    $part = strtr($part, '-_', '+/');
    return base64_decode($part . str_repeat('=', (4 - strlen($part) % 4) % 4), true) ?: '';
}

$token = $argv[1] ?? '';
$parts = explode('.', $token);
if (count($parts) !== 3) {
    fwrite(STDERR, "not a JWT\n");
    exit(1);
}

[$header, $payload] = array_map(fn ($p) => json_decode(b64url_decode($p), true), array_slice($parts, 0, 2));
echo "header:  " . json_encode($header) . PHP_EOL;
echo "claims:  " . json_encode($payload, JSON_PRETTY_PRINT) . PHP_EOL;

if (isset($payload['exp'])) {
    $left = $payload['exp'] - time();
    echo $left > 0 ? "expires in {$left}s\n" : "EXPIRED " . (-$left) . "s ago\n";
}
echo "signature not verified; this is for reading only\n";
