<?php
$dir = rtrim($argv[1] ?? 'public', '/');
if (!is_dir($dir)) {
    fwrite(STDERR, "no such folder: $dir\n");
    exit(1);
}

$settings = [
    'memory_limit' => '256M',
    'upload_max_filesize' => '32M',
    'post_max_size' => '40M',
    'max_execution_time' => '60',
    'opcache.revalidate_freq' => '2',
];

echo "current values:\n";
foreach (array_keys($settings) as $key) {
    printf("  %-26s %s\n", $key, ini_get($key));
}

$lines = array_map(fn ($k, $v) => "$k = $v", array_keys($settings), $settings);
file_put_contents("$dir/.user.ini", "; written by user-ini.php\n" . implode("\n", $lines) . "\n");
echo "wrote $dir/.user.ini (takes effect within user_ini.cache_ttl, 5 minutes by default)\n";
