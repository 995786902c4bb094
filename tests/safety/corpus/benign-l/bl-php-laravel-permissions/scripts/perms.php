<?php
$app = rtrim($argv[1] ?? getcwd(), '/');
if (!is_file("$app/artisan")) {
    fwrite(STDERR, "$app is not a Laravel project\n");
    exit(1);
}

$webUser = getenv('WEB_USER') ?: 'www-data';
$writable = ["$app/storage", "$app/bootstrap/cache"];

foreach ($writable as $dir) {
    $cmds = [
        sprintf('chown -R %s:%s %s', escapeshellarg($webUser), escapeshellarg($webUser), escapeshellarg($dir)),
        sprintf('find %s -type d -exec chmod 775 {} +', escapeshellarg($dir)),
        sprintf('find %s -type f -exec chmod 664 {} +', escapeshellarg($dir)),
    ];
    foreach ($cmds as $cmd) {
        passthru($cmd, $code);
        if ($code !== 0) {
            fwrite(STDERR, "failed: $cmd\n");
            exit($code);
        }
    }
    echo "fixed $dir\n";
}
