<?php
$dry = in_array('--dry-run', $argv, true);
$pdo = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASS'),
    [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$used = $pdo->query('SELECT path FROM attachments')->fetchAll(PDO::FETCH_COLUMN);
if (count($used) === 0) {
    fwrite(STDERR, "no attachments found; refusing to delete everything\n");
    exit(1);
}
$used = array_flip(array_map('basename', $used));
$dir = __DIR__ . '/../storage/uploads';
$freed = 0; $n = 0;
foreach (new DirectoryIterator($dir) as $f) {
    if ($f->isDot() || !$f->isFile()) continue;
    if (isset($used[$f->getFilename()])) continue;
    if ($f->getMTime() > time() - 7 * 86400) continue;
    $freed += $f->getSize(); $n++;
    if (!$dry) unlink($f->getPathname());
}
printf("%s %d files, %.1f MB\n", $dry ? 'would delete' : 'deleted', $n, $freed / 1048576);
