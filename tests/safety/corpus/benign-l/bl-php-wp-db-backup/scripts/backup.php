<?php
function wp_db_settings(string $configFile): array
{
    $settings = [];
    foreach (['DB_NAME', 'DB_USER', 'DB_PASSWORD', 'DB_HOST'] as $key) {
        if (preg_match("/define\(\s*'$key'\s*,\s*'([^']*)'/", file_get_contents($configFile), $m)) {
            $settings[$key] = $m[1];
        }
    }
    return $settings;
}

$db = wp_db_settings(getcwd() . '/wp-config.php');
$dir = getcwd() . '/backups';
if (!is_dir($dir)) {
    mkdir($dir, 0700);
}
$file = sprintf('%s/%s-%s.sql.gz', $dir, $db['DB_NAME'], date('Ymd-His'));
$cmd = sprintf(
    'MYSQL_PWD=%s mysqldump --single-transaction -h %s -u %s %s | gzip > %s',
    escapeshellarg($db['DB_PASSWORD']),
    escapeshellarg($db['DB_HOST']),
    escapeshellarg($db['DB_USER']),
    escapeshellarg($db['DB_NAME']),
    escapeshellarg($file)
);
passthru($cmd, $code);
echo $code === 0 ? "saved $file\n" : "mysqldump failed\n";
