<?php
$env = parse_ini_file(__DIR__ . '/../.env', false, INI_SCANNER_RAW) ?: [];
$base = rtrim($env['APP_URL'] ?? 'http://localhost', '/');
$key = $env['INDEXNOW_KEY'] ?? null;

$urls = [];
foreach (glob(__DIR__ . '/../resources/views/pages/*.blade.php') as $view) {
    $slug = basename($view, '.blade.php');
    $urls[] = $base . '/' . ($slug === 'home' ? '' : $slug);
}
$xml = new SimpleXMLElement('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>');
foreach ($urls as $u) { $n = $xml->addChild('url'); $n->addChild('loc', htmlspecialchars($u)); $n->addChild('lastmod', date('Y-m-d')); }
$xml->asXML(__DIR__ . '/../public/sitemap.xml');

if ($key) {
    $body = json_encode(['host' => parse_url($base, PHP_URL_HOST), 'key' => $key, 'urlList' => $urls]);
    $ctx = stream_context_create(['http' => ['method' => 'POST', 'header' => "Content-Type: application/json\r\n", 'content' => $body]]);
    @file_get_contents('https://api.indexnow.org/indexnow', false, $ctx);
}
echo count($urls) . " urls written\n";
