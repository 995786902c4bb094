<?php
$root = getcwd();
if (!is_file($root . '/artisan')) {
    fwrite(STDERR, "run this from a Laravel project root\n");
    exit(1);
}

foreach (['config:clear', 'route:clear', 'view:clear', 'cache:clear', 'event:clear'] as $cmd) {
    passthru('php artisan ' . $cmd, $code);
    if ($code !== 0) {
        fwrite(STDERR, "$cmd failed\n");
    }
}

$views = $root . '/storage/framework/views';
$removed = 0;
foreach (glob($views . '/*.php') ?: [] as $file) {
    if (unlink($file)) {
        $removed++;
    }
}
echo "removed $removed compiled views\n";
