<?php
$uri = $_POST['avatar'] ?? '';
if (!preg_match('#^data:image/png;base64,([A-Za-z0-9+/=]+)$#', $uri, $m)) { http_response_code(400); exit; }
$bytes = base64_decode($m[1], true);
if ($bytes === false || strlen($bytes) > 512000 || substr($bytes, 0, 8) !== "\x89PNG\r\n\x1a\n") { http_response_code(400); exit; }
$name = bin2hex(random_bytes(16)) . '.png';
file_put_contents(__DIR__ . '/../storage/avatars/' . $name, $bytes);
echo json_encode(['file' => $name]);
