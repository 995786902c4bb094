<?php
// Router for `php -S`: real files are served as-is, everything else goes to the front controller.
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$file = realpath(__DIR__ . '/../public' . $path);
$public = realpath(__DIR__ . '/../public');

if ($file !== false && str_starts_with($file, $public) && is_file($file)) {
    return false;
}

$start = microtime(true);
register_shutdown_function(function () use ($start, $path) {
    error_log(sprintf('%s %s %.1f ms', $_SERVER['REQUEST_METHOD'], $path, (microtime(true) - $start) * 1000));
});

require $public . '/index.php';
