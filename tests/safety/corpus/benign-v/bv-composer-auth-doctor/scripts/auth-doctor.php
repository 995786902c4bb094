<?php
$home = getenv('COMPOSER_HOME') ?: getenv('HOME') . '/.composer';
foreach (array_filter([$home . '/auth.json', getcwd() . '/auth.json'], 'file_exists') as $f) {
    $data = json_decode(file_get_contents($f), true) ?? [];
    foreach ($data as $type => $hosts) {
        foreach ($hosts as $host => $cred) {
            $ok = $type !== 'github-oauth' || preg_match('/^(gh[op]_|github_pat_)/', (string)$cred);
            echo "$f: $type for $host" . ($ok ? '' : ' (token format looks outdated)') . "\n";
        }
    }
}
